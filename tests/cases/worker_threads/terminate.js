// terminate() stops a worker spinning in a tight loop; its promise gives
// the exit code. An unref'd worker does not keep the parent alive, and
// terminate() after exit resolves to undefined.
const { Worker } = require('worker_threads');
const w = new Worker('require("worker_threads").parentPort.postMessage("spinning"); while (true) {}', { eval: true });
w.on('message', async (m) => {
  console.log(m);
  const code = await w.terminate();
  console.log('terminated', code);
  console.log('again', await w.terminate());
  const idle = new Worker('setInterval(() => {}, 1000)', { eval: true });
  idle.on('online', () => { idle.unref(); console.log('unrefed'); });
});
w.on('exit', (code) => console.log('exit', code));
process.on('exit', () => console.log('parent exits'));
