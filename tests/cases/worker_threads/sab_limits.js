'use strict';
// A worker with other resource limits (its memory laid out differently)
// shares the SharedArrayBuffer both ways.
const { Worker } = require('worker_threads');
const s = new SharedArrayBuffer(8); const a = new Int32Array(s);
const w = new Worker('const { workerData: s, parentPort } = require("worker_threads"); const a = new Int32Array(s); for (let i = 0; i < 1000; i++) Atomics.add(a, 0, 1); parentPort.postMessage(s);', { eval: true, workerData: s, resourceLimits: { stackSizeMb: 8, maxOldGenerationSizeMb: 100 } });
w.on('message', (s2) => { Atomics.add(new Int32Array(s2), 0, 5); console.log(Atomics.load(a, 0)); });
