'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'f');
fs.appendFileSync(file, 'a');
fs.appendFileSync(file, Buffer.from('b'));
fs.appendFileSync(file, 'c', { flag: 'a+' });
fs.appendFileSync(file, '6', 'base64');
console.log(fs.readFileSync(file));
const fd = fs.openSync(file, 'r+');
fs.appendFileSync(fd, 'XY');
fs.writeFileSync(fd, 'Z');
console.log(fs.readFileSync(file, 'utf8'));
fs.closeSync(fd);
fs.writeFileSync(file, 'new', { flag: 'a' });
console.log(fs.readFileSync(file, 'utf8'));
try {
  fs.appendFileSync(path.join(dir, 'no', 'f'), 'x');
} catch (e) {
  console.log(e.code, e.syscall);
}
const fd2 = fs.openSync(file, 'r');
fs.readFile(fd2, 'utf8', (err, s) => {
  console.log('fd readFile', err, s);
  fs.readFile(fd2, 'utf8', (err2, s2) => {
    console.log('again at eof', err2, JSON.stringify(s2));
    fs.closeSync(fd2);
    fs.rmSync(dir, { recursive: true });
  });
});
