// A worker runs a file, sees its workerData, argv and threadId, and talks
// to the parent both ways; its exit code comes through 'exit'.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { list: [1, 'two', 3n], when: new Date(0) }, argv: ['a', 2] });
  console.log('threadId', w.threadId);
  w.on('online', () => console.log('online'));
  w.on('message', (m) => {
    console.log('parent got', m);
    if (m.ready) w.postMessage({ reply: new Map([[1, new Set(['x'])]]) });
  });
  w.on('exit', (code) => console.log('exit', code));
} else {
  console.log('in worker', threadId, workerData, process.argv.slice(2));
  parentPort.postMessage({ ready: true });
  parentPort.once('message', (m) => {
    console.log('worker got', m);
    process.exit(5);
  });
}
