'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'abc');
let a = 0;
let b = 0;
const la = () => a++;
const lb = (curr, prev) => {
  b++;
  console.log('lb', curr.size, prev.size, curr.size > prev.size);
};
const sw = fs.watchFile(file, { interval: 10 }, la);
fs.watchFile(file, { interval: 10 }, lb);
console.log('listeners', sw.listenerCount('change'));
fs.unwatchFile(file, la);
console.log('after removing la', sw.listenerCount('change'));
fs.unwatchFile(path.join(dir, 'nothing-here'));
fs.unwatchFile(file, () => {});
console.log('after removing unknown', sw.listenerCount('change'));
setTimeout(() => fs.appendFileSync(file, 'defg'), 150);
setTimeout(() => {
  console.log('counts', a, b);
  // relative and absolute names reach the same watcher
  process.chdir(dir);
  fs.unwatchFile('f.txt');
  console.log('after unwatch all', sw.listenerCount('change'));
}, 350);

for (const [label, fn] of [
  ['no listener', () => fs.watchFile(file)],
  ['bad path', () => fs.watchFile(5, () => {})],
  ['bad listener', () => fs.watchFile(file, { interval: 10 }, 'x')],
  ['unwatch bad path', () => fs.unwatchFile({})],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
process.on('exit', () => {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('exit');
});
