'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const events = new Set();
const w = fs.watch(dir, (type, name) => events.add(`${type} ${name}`));
console.log(w instanceof require('node:events'), w.constructor.name);
const steps = [
  () => fs.writeFileSync(path.join(dir, 'a.txt'), 'one'),
  () => fs.appendFileSync(path.join(dir, 'a.txt'), 'two'),
  () => fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt')),
  () => fs.mkdirSync(path.join(dir, 'sub')),
  () => fs.unlinkSync(path.join(dir, 'b.txt')),
  () => fs.rmdirSync(path.join(dir, 'sub')),
];
let i = 0;
function next() {
  if (i < steps.length) {
    steps[i++]();
    setTimeout(next, 40);
    return;
  }
  setTimeout(() => {
    w.close();
    console.log([...events].sort());
    fs.rmSync(dir, { recursive: true, force: true });
  }, 100);
}
setTimeout(next, 30);
