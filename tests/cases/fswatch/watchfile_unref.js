'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'abc');
// persistent: false and unref() both let the process exit
fs.watchFile(file, { persistent: false, interval: 10 }, () => {});
const other = path.join(dir, 'g.txt');
const sw = fs.watchFile(other, { interval: 10 }, () => {});
console.log('unref returns this', sw.unref() === sw, sw.ref() === sw);
sw.unref();
let ticks = 0;
const t = setInterval(() => {
  if (++ticks === 3) clearInterval(t);
}, 20);
process.on('exit', () => {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('exit after ticks', ticks);
});
