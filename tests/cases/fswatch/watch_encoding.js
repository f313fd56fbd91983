'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const seen = { buffer: new Set(), hex: new Set(), latin1: new Set(), plain: new Set() };
const watchers = [
  fs.watch(dir, 'buffer', (t, n) => seen.buffer.add(`${t} ${Buffer.isBuffer(n)} ${n.toString()}`)),
  fs.watch(dir, { encoding: 'hex' }, (t, n) => seen.hex.add(`${t} ${typeof n} ${n}`)),
  fs.watch(dir, { encoding: 'latin1' }, (t, n) => seen.latin1.add(`${t} ${typeof n} ${n}`)),
  fs.watch(dir, {}, (t, n) => seen.plain.add(`${t} ${typeof n} ${n}`)),
];
setTimeout(() => fs.mkdirSync(path.join(dir, 'xy')), 30);
setTimeout(() => {
  for (const w of watchers) w.close();
  for (const k of Object.keys(seen)) console.log(k, [...seen[k]].sort());
  fs.rmSync(dir, { recursive: true, force: true });
}, 150);
