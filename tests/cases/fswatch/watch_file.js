'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const file = path.join(dir, 'watched.txt');
fs.writeFileSync(file, 'start');
const events = new Set();
const w = fs.watch(file);
w.on('change', (type, name) => events.add(`${type} ${name}`));
// writing a sibling is not reported on a file watch
setTimeout(() => fs.writeFileSync(path.join(dir, 'other.txt'), 'x'), 30);
setTimeout(() => fs.appendFileSync(file, 'more'), 70);
setTimeout(() => {
  console.log('after modify', [...events].sort());
  events.clear();
  fs.chmodSync(file, 0o600);
}, 150);
setTimeout(() => {
  console.log('after chmod', [...events].sort());
  events.clear();
  fs.unlinkSync(file);
}, 230);
setTimeout(() => {
  console.log('after unlink has rename', events.has('rename watched.txt'));
  w.close();
  w.on('close', () => {
    console.log('closed');
    fs.rmSync(dir, { recursive: true, force: true });
  });
}, 330);
