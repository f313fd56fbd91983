'use strict';
// The node side of the comparison (see cmp_test.go): vm contexts and
// worker threads on the same plugin; one JSON line of figures each.
const vm = require('vm');
const fs = require('fs');
const path = require('path');
const { Worker } = require('worker_threads');

const plugin = fs.readFileSync(path.join(__dirname, 'plugin.js'), 'utf8');
const [nCreate, nLive, nCalls, nWork] = process.argv.slice(2).map(Number);
const now = () => Number(process.hrtime.bigint()) / 1e9;
const mem = () => { global.gc && global.gc(); const m = process.memoryUsage(); return [m.rss, m.heapUsed + m.external]; };

function vmSide() {
  let t = now();
  for (let i = 0; i < nCreate; i++) {
    const ctx = vm.createContext({});
    vm.runInContext(plugin, ctx);
    ctx.add(1, 2);
  }
  const create = nCreate / (now() - t);
  const m0 = mem();
  const live = [];
  for (let i = 0; i < nLive; i++) {
    const ctx = vm.createContext({});
    vm.runInContext(plugin, ctx);
    ctx.add(1, 2);
    live.push(ctx);
  }
  const m1 = mem();
  const ctx = live[0];
  t = now();
  let s = 0;
  for (let i = 0; i < nCalls; i++) s += ctx.add(i, 1);
  const calls = nCalls / (now() - t);
  t = now();
  for (let i = 0; i < nWork; i++) s += ctx.work(1000);
  const work = nWork / (now() - t);
  return { engine: 'node vm', create, rssKiB: (m1[0] - m0[0]) / nLive / 1024, heapKiB: (m1[1] - m0[1]) / nLive / 1024, calls, work };
}

const workerSrc = `
const { parentPort } = require('worker_threads');
${plugin}
parentPort.on('message', (m) => parentPort.postMessage(m[0] === 'add' ? add(m[1], m[2]) : work(m[1])));
parentPort.postMessage('ready');`;

function startWorker() {
  return new Promise((resolve, reject) => {
    const w = new Worker(workerSrc, { eval: true });
    w.once('message', () => resolve(w));
    w.once('error', reject);
  });
}
const ask = (w, m) => new Promise((resolve) => { w.once('message', resolve); w.postMessage(m); });

async function workerSide() {
  const n = Math.max(1, Math.floor(nCreate / 10));
  let t = now();
  for (let i = 0; i < n; i++) {
    const w = await startWorker();
    await ask(w, ['add', 1, 2]);
    await w.terminate();
  }
  const create = n / (now() - t);
  const live = Math.max(1, Math.floor(nLive / 4));
  const m0 = mem();
  const ws = [];
  for (let i = 0; i < live; i++) ws.push(await startWorker());
  await new Promise((r) => setTimeout(r, 200));
  const m1 = mem();
  const w = ws[0];
  const calls0 = Math.floor(nCalls / 4);
  t = now();
  for (let i = 0; i < calls0; i++) await ask(w, ['add', i, 1]);
  const calls = calls0 / (now() - t);
  t = now();
  for (let i = 0; i < nWork; i++) await ask(w, ['work', 1000]);
  const work = nWork / (now() - t);
  await Promise.all(ws.map((x) => x.terminate()));
  return { engine: 'node worker', create, rssKiB: (m1[0] - m0[0]) / live / 1024, calls, work, created: n, live };
}

(async () => {
  console.log(JSON.stringify(vmSide()));
  console.log(JSON.stringify(await workerSide()));
})();
