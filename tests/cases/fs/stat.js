'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'twelve bytes');
fs.utimesSync(file, 1000.0006, 2000.9996);

const st = fs.statSync(file);
console.log(Object.keys(st));
console.log(st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(),
            st.isSocket(), st.isBlockDevice(), st.isCharacterDevice());
console.log(st.atimeMs, st.mtimeMs, st.atime.toISOString(), st.mtime.toISOString());
console.log(st instanceof fs.Stats, st.constructor.name, typeof st.blocks, st.nlink);
console.log((st.mode & 0o170000).toString(8));

const bst = fs.statSync(file, { bigint: true });
console.log(bst.constructor.name, bst.size, bst.atimeNs, bst.mtimeNs, bst.atimeMs, bst.mtimeMs);
console.log(bst.atime.toISOString(), bst.mtime.toISOString(), bst.isFile(), bst.isDirectory());
console.log(Object.keys(bst).length);

const dst = fs.statSync(dir);
console.log(dst.isDirectory(), dst.isFile());

fs.symlinkSync('f.txt', path.join(dir, 'link'));
console.log(fs.lstatSync(path.join(dir, 'link')).isSymbolicLink(), fs.statSync(path.join(dir, 'link')).isSymbolicLink());
console.log(fs.lstatSync(path.join(dir, 'link')).size);

console.log(fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
console.log(fs.lstatSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
for (const fn of [
  () => fs.statSync(path.join(dir, 'nope')),
  () => fs.lstatSync(path.join(dir, 'nope')),
  () => fs.statSync(path.join(file, 'sub')),
  () => fs.statSync(123),
  () => fs.fstatSync(9999),
  () => fs.statSync(file, 'bad'),
]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message.split(dir).join('<tmp>'), e.errno, e.syscall);
  }
}

const fd = fs.openSync(file, 'r');
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);

fs.stat(file, (err, s) => {
  console.log('async stat', err, s.size, s.isFile());
  fs.stat(path.join(dir, 'nope'), (err2) => {
    console.log('async missing', err2.code, err2.syscall, err2.message.split(dir).join('<tmp>'));
    fs.lstat(path.join(dir, 'link'), { bigint: true }, (err3, ls) => {
      console.log('async lstat', err3, ls.isSymbolicLink(), typeof ls.size);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
