'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const a = new Set();
const b = new Set();
const wa = fs.watch(dir, (t, n) => a.add(`${t} ${n}`));
const wb = fs.watch(dir, (t, n) => b.add(`${t} ${n}`));
// a second listener on the same watcher
const extra = new Set();
wb.on('change', (t, n) => extra.add(n));
setTimeout(() => fs.mkdirSync(path.join(dir, 'first')), 30);
setTimeout(() => wa.close(), 100);
setTimeout(() => fs.mkdirSync(path.join(dir, 'second')), 140);
setTimeout(() => {
  wb.close();
  console.log('a', [...a].sort());
  console.log('b', [...b].sort());
  console.log('extra', [...extra].sort());
  fs.rmSync(dir, { recursive: true, force: true });
}, 240);
