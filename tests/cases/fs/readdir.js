'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
for (const n of ['c', 'a', 'B', 'b']) fs.writeFileSync(n, n);
fs.mkdirSync('d/e', { recursive: true });
fs.writeFileSync('d/e/f', '');
fs.writeFileSync('d/z', '');
fs.symlinkSync('a', 'lnk');

console.log(fs.readdirSync('.'));
console.log(fs.readdirSync('.', { recursive: true }));
console.log(fs.readdirSync('.', 'buffer').map((b) => Buffer.isBuffer(b)).every(Boolean));
console.log(fs.readdirSync('.', { encoding: 'hex' }).slice(0, 2));
const ents = fs.readdirSync('.', { withFileTypes: true });
for (const d of ents) {
  console.log(d.name, d.parentPath, d.path, d.isFile(), d.isDirectory(), d.isSymbolicLink(),
              d.isFIFO(), d.isSocket(), d.isBlockDevice(), d.isCharacterDevice(), d instanceof fs.Dirent);
}
for (const d of fs.readdirSync('d', { withFileTypes: true, recursive: true })) {
  console.log('rec', d.name, d.parentPath, d.isDirectory());
}
for (const fn of [
  () => fs.readdirSync('nope'),
  () => fs.readdirSync('a'),
  () => fs.readdirSync('.', { recursive: 1 }),
  () => fs.readdirSync({}),
]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message, e.syscall, e.path);
  }
}

fs.readdir('.', (err, names) => {
  console.log('cb', err, names);
  fs.readdir('d', { withFileTypes: true }, (err2, ds) => {
    console.log('cb types', err2, ds.map((d) => [d.name, d.isDirectory()]));
    fs.readdir('.', { recursive: true }, (err3, all) => {
      console.log('cb rec', err3, all);
      fs.readdir('nope', (err4) => {
        console.log('cb err', err4.code, err4.message);
        fs.promises.readdir('d', { recursive: true }).then((r) => {
          console.log('promise', r);
          process.chdir(os.tmpdir());
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
