'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
fs.mkdirSync('src/sub/deep', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.writeFileSync('src/sub/deep/c.txt', 'C');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('dir no recursive', () => fs.cpSync('src', 'dst'));
attempt('same', () => fs.cpSync('src', 'src', { recursive: true }));
attempt('into self', () => fs.cpSync('src', 'src/sub/x', { recursive: true }));
attempt('missing', () => fs.cpSync('missing', 'x'));
attempt('copy tree', () => fs.cpSync('src', 'dst', { recursive: true }));
console.log(fs.readdirSync('dst', { recursive: true }).sort());
console.log(fs.readFileSync('dst/sub/deep/c.txt', 'utf8'));
fs.rmSync('dst/sub', { recursive: true });
attempt('exists error', () => fs.cpSync('src', 'dst', { recursive: true, force: false, errorOnExist: true }));
attempt('exists skip', () => fs.cpSync('src', 'dst', { recursive: true, force: false }));
attempt('file', () => fs.cpSync('src/a.txt', 'single.txt'));
console.log(fs.readFileSync('single.txt', 'utf8'));
attempt('file onto dir', () => fs.cpSync('src/a.txt', 'dst'));
attempt('dir onto file', () => fs.cpSync('src', 'single.txt', { recursive: true }));
attempt('filter', () => fs.cpSync('src', 'filtered', { recursive: true, filter: (s) => !s.endsWith('b.txt') }));
console.log(fs.readdirSync('filtered', { recursive: true }).sort());
attempt('bad opts', () => fs.cpSync('src', 'x', { recursive: 1 }));
attempt('new parent', () => fs.cpSync('src/a.txt', 'p/q/r.txt'));
console.log(fs.readFileSync('p/q/r.txt', 'utf8'));

fs.cp('src', 'async', { recursive: true }, (err) => {
  console.log('cb cp', err, fs.readdirSync('async', { recursive: true }).sort());
  fs.cp('src', 'async2', (err2) => {
    console.log('cb cp err', err2.code, err2.message);
    fs.promises.cp('src', 'prom', { recursive: true }).then(() => {
      console.log('promise cp', fs.readdirSync('prom').sort());
      return fs.promises.cp('src', 'src', { recursive: true });
    }).catch((e) => {
      console.log('promise err', e.code, e.message);
      process.chdir(os.tmpdir());
      fs.rmSync(dir, { recursive: true });
    });
  });
});
