'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const order = [];
const w1 = fs.watch(dir);
console.log(Object.keys(w1));
console.log('ref returns this', w1.ref() === w1, w1.unref() === w1);
w1.on('close', () => order.push('w1 close'));
w1.close();
order.push('after w1.close');
w1.close();
console.log('ref after close', w1.ref() === w1, w1.unref() === w1);

const ac = new AbortController();
const w2 = fs.watch(dir, { signal: ac.signal });
w2.on('close', () => order.push('w2 close'));
ac.abort();
order.push('after abort');

const w3 = fs.watch(dir, { signal: AbortSignal.abort() });
w3.on('close', () => order.push('w3 close'));

// a closed watcher reports nothing
let late = 0;
const w4 = fs.watch(dir, () => late++);
w4.close();
setTimeout(() => fs.writeFileSync(path.join(dir, 'f'), 'x'), 20);
setTimeout(() => {
  console.log(order);
  console.log('late events', late);
  fs.rmSync(dir, { recursive: true, force: true });
}, 120);
