'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
fs.mkdirSync(path.join(dir, 'sub', 'deep'), { recursive: true });
const renames = new Set();
const w = fs.watch(dir, { recursive: true }, (type, name) => {
  if (type === 'rename') renames.add(name);
});
const steps = [
  () => fs.writeFileSync(path.join(dir, 'top.txt'), 'x'),
  () => fs.writeFileSync(path.join(dir, 'sub', 'a.txt'), 'x'),
  () => fs.writeFileSync(path.join(dir, 'sub', 'deep', 'b.txt'), 'x'),
  () => fs.mkdirSync(path.join(dir, 'sub', 'new')),
  () => fs.writeFileSync(path.join(dir, 'sub', 'new', 'c.txt'), 'x'),
  () => fs.unlinkSync(path.join(dir, 'sub', 'a.txt')),
];
let i = 0;
function next() {
  if (i < steps.length) {
    steps[i++]();
    setTimeout(next, 60);
    return;
  }
  setTimeout(() => {
    w.close();
    console.log([...renames].sort());
    fs.rmSync(dir, { recursive: true, force: true });
  }, 150);
}
setTimeout(next, 50);
