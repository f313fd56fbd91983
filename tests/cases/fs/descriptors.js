'use strict';
// Descriptors as Node numbers them and the errors for ones that are not
// open, in every form; symlinks inside a directory, dangling included;
// an abort while a readFile or writeFile runs.
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desc-'));
process.chdir(dir);
fs.writeFileSync('a.txt', 'abc');
const show = (e) => e && [e.name, e.code, e.syscall, e.errno, e.message].join(' | ');
const sync = (f) => { try { return f(); } catch (e) { return show(e); } };

const fd1 = fs.openSync('a.txt', 'r');
const fd2 = fs.openSync('a.txt', 'r');
console.log('fresh descriptors are small and distinct:', fd1 >= 3 && fd1 < 64, fd2 === fd1 + 1 || fd2 > fd1);
fs.closeSync(fd1);
const fd3 = fs.openSync('a.txt', 'r');
console.log('lowest free reused:', fd3 === fd1);
fs.closeSync(fd3);
fs.closeSync(fd2);
console.log(sync(() => fs.closeSync(fd2)));
console.log(sync(() => fs.fstatSync(fd2)));
console.log(sync(() => fs.readSync(fd2, Buffer.alloc(1))));
console.log(sync(() => fs.writeSync(fd2, 'x')));
console.log(sync(() => fs.ftruncateSync(fd2)));
console.log(sync(() => fs.fsyncSync(fd2)));
console.log(sync(() => fs.readFileSync(fd2)));
console.log(sync(() => fs.writeFileSync(fd2, 'x')));
console.log(sync(() => fs.closeSync(1000)));

// Symlinks inside the directory: relative, absolute, dangling.
fs.symlinkSync('a.txt', 'rel');
fs.symlinkSync(path.join(dir, 'a.txt'), 'abs');
fs.symlinkSync('nothing-here', 'dangling');
console.log(fs.readFileSync('rel', 'utf8'), fs.readFileSync('abs', 'utf8'), fs.readlinkSync('dangling'));
console.log(sync(() => fs.statSync('dangling')));
console.log(fs.lstatSync('dangling').isSymbolicLink());
fs.writeFileSync('dangling', 'made through the link');
console.log(fs.readFileSync('nothing-here', 'utf8'), path.basename(fs.realpathSync('dangling')));
console.log(sync(() => fs.readFileSync('.')), sync(() => fs.opendirSync('a.txt')));
fs.mkdirSync('sub');
fs.symlinkSync('sub', 'sublink');
fs.writeFileSync('sublink/inner.txt', 'inner');
console.log(fs.readdirSync('sublink'), fs.readFileSync('sub/inner.txt', 'utf8'));
fs.rmSync('sublink', { recursive: true });
console.log(fs.existsSync('sub/inner.txt'), fs.existsSync('sublink'));
fs.truncateSync('a.txt', 1);
console.log(fs.readFileSync('a.txt', 'utf8'));

let order = [];
fs.close(fd2, (e) => order.push('close ' + show(e)));
fs.fstat(fd2, (e) => order.push('fstat ' + show(e)));
fs.read(fd2, Buffer.alloc(1), 0, 1, null, (e) => order.push('read ' + show(e)));
order.push('sync first');
const ac = new AbortController();
fs.readFile('a.txt', { signal: ac.signal }, (e) => order.push('readFile ' + (e && e.name)));
const ac2 = new AbortController();
fs.writeFile('w.txt', 'x', { signal: ac2.signal }, (e) => order.push('writeFile ' + (e && e.name)));
ac.abort();
ac2.abort();
setTimeout(() => {
  console.log(order[0]);
  console.log(order.slice(1).sort().join('\n'));
  fs.rmSync(dir, { recursive: true });
}, 100);
