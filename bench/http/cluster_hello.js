'use strict';
// A "hello world" http server in cluster mode: the primary forks
// BENCH_WORKERS workers (default 2) that share one port (round-robin
// scheduling, Node's default on Linux), prints the port once every worker
// listens, and takes the workers down when stdin closes.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const n = Number(process.env.BENCH_WORKERS) || 2;
  let listening = 0;
  for (let i = 0; i < n; i++) cluster.fork();
  cluster.on('listening', (worker, address) => {
    if (++listening === n) console.log(address.port);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (!process.exitCode && code !== 0 && signal !== 'SIGTERM') {
      console.error(`worker ${worker.id} exited: ${code} ${signal}`);
    }
  });
  process.stdin.on('end', () => {
    for (const id in cluster.workers) cluster.workers[id].kill();
    process.exit(0);
  });
  process.stdin.resume();
} else {
  const server = http.createServer((req, res) => { res.end('hello world'); });
  server.keepAliveTimeout = 60000;
  server.listen(0, '127.0.0.1');
}
