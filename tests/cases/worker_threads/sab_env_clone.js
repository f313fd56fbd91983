'use strict';
// A SharedArrayBuffer in environmentData is shared with the worker;
// structuredClone of one is a new object over the same memory. (The
// main thread writes before the worker starts: after, the two race.)
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');
const s = new SharedArrayBuffer(4);
setEnvironmentData('s', s);
const c = structuredClone(s); new Int8Array(c)[3] = 5; const o = structuredClone({ a: s, b: s });
console.log(c === s, new Int8Array(s)[3], c instanceof SharedArrayBuffer, o.a === o.b, o.a === s);
new Worker('const { getEnvironmentData, parentPort } = require("worker_threads"); const a = new Int32Array(getEnvironmentData("s")); Atomics.store(a, 0, 42); parentPort.postMessage(getEnvironmentData("s") instanceof SharedArrayBuffer)', { eval: true })
  .on('message', (m) => console.log(m, new Int32Array(s)[0]));
