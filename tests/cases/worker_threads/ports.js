// MessagePorts move between threads in transfer lists; ArrayBuffers in a
// transfer list are detached on the sender; clone errors are Node's.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename);
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab)[0] = 7;
  w.postMessage({ port: port2, ab }, [port2, ab]);
  console.log('sender ab', ab.byteLength);
  port1.on('message', (m) => {
    console.log('via port', m);
    if (m === 'last') { port1.close(); w.terminate(); }
  });
  for (const bad of [() => {}, Symbol('s')]) {
    try { port1.postMessage(bad); } catch (e) { console.log(e.name, e.message); }
  }
  try { port1.postMessage(1, [port1]); } catch (e) { console.log(e.name, e.message); }
  try { port1.postMessage({ p: new MessageChannel().port1 }); } catch (e) { console.log(e.code); }
} else {
  parentPort.once('message', ({ port, ab }) => {
    port.postMessage(new Uint8Array(ab)[0]);
    port.postMessage({ nested: [new Error('boom').message, /re/g, -0] });
    port.postMessage('last');
  });
}
