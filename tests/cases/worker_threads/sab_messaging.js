'use strict';
// A SharedArrayBuffer travels by postMessage, MessageChannel,
// BroadcastChannel and receiveMessageOnPort as the same memory; views of
// it come back as views of the shared memory; waitAsync in a worker is
// woken by a notify from the main thread.
const { Worker, MessageChannel, BroadcastChannel, receiveMessageOnPort } = require('worker_threads');
const sab = new SharedArrayBuffer(32);
const u8 = new Uint8Array(sab);
const i32 = new Int32Array(sab);

// Same thread, through a channel.
const { port1, port2 } = new MessageChannel();
port1.postMessage({ sab, view: new Uint16Array(sab, 2, 3), again: sab });
const got = receiveMessageOnPort(port2).message;
console.log(got.sab === sab, got.sab === got.again, got.sab instanceof SharedArrayBuffer, got.view.length, got.view.buffer === got.sab);
new Uint8Array(got.sab)[0] = 11;
console.log('same-thread write seen:', u8[0]);
port1.close();

const w = new Worker(`
  const { parentPort, workerData, BroadcastChannel } = require('worker_threads');
  const a = new Int32Array(workerData.sab);
  const bc = new BroadcastChannel('sab');
  bc.onmessage = ({ data }) => {
    new Uint8Array(data)[4] = 44;
    bc.close();
    parentPort.postMessage('bc');
  };
  parentPort.on('message', (m) => {
    if (m.kind === 'port') {
      m.port.on('message', (sab2) => {
        new Uint8Array(sab2)[5] = 55;
        m.port.close();
        parentPort.postMessage('port');
      });
    }
  });
  const r = Atomics.waitAsync(a, 4, 0);
  parentPort.postMessage('async ' + r.async);
  r.value.then((v) => {
    parentPort.postMessage('waitAsync ' + v + ' ' + Atomics.load(a, 4));
    parentPort.close();
  });
`, { eval: true, workerData: { sab } });
const seen = [];
w.on('message', (m) => {
  seen.push(m);
  if (m === 'async true') {
    const bc = new BroadcastChannel('sab');
    bc.postMessage(sab);
    bc.close();
    const { port1, port2 } = new MessageChannel();
    w.postMessage({ kind: 'port', port: port2 }, [port2]);
    port1.postMessage(sab);
  }
  if (seen.includes('bc') && seen.includes('port') && !seen.includes('notified')) {
    seen.push('notified');
    Atomics.store(i32, 4, 9);
    const t = setInterval(() => { if (Atomics.notify(i32, 4) === 1) clearInterval(t); }, 1);
  }
});
w.on('exit', (c) => {
  console.log(seen.sort().join('|'));
  console.log('bytes', u8[4] === 44 && u8[5] === 55 ? 'shared' : 'copied', 'exit', c);
});
