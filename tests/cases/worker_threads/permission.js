// flags: --experimental-permission --allow-fs-read=*
// Under the permission model a Worker needs --allow-worker.
const { Worker } = require('worker_threads');
try {
  new Worker('console.log("never")', { eval: true });
} catch (e) {
  console.log(e.code, e.permission, e.message);
}
