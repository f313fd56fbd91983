'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);

const flags = ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+',
  'a', 'ax', 'xa', 'as', 'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+'];
for (const f of flags) {
  fs.writeFileSync('file', 'base');
  try {
    const fd = fs.openSync('file', f);
    let wrote = 'nw';
    try {
      fs.writeSync(fd, 'XY');
      wrote = 'w';
    } catch (e) {
      wrote = e.code;
    }
    let read = 'nr';
    try {
      const b = Buffer.alloc(10);
      const n = fs.readSync(fd, b, 0, 10, 0);
      read = b.toString('utf8', 0, n);
    } catch (e) {
      read = e.code;
    }
    fs.closeSync(fd);
    console.log(f, wrote, read, fs.readFileSync('file', 'utf8'));
  } catch (e) {
    console.log(f, 'open', e.code);
  }
  try {
    const fd = fs.openSync('fresh', f);
    fs.closeSync(fd);
    console.log(f, 'fresh created', fs.existsSync('fresh'));
    fs.unlinkSync('fresh');
  } catch (e) {
    console.log(f, 'fresh', e.code);
  }
}
for (const bad of ['', 'rw', 'x', null, undefined, true, {}]) {
  try {
    const fd = fs.openSync('file', bad);
    fs.closeSync(fd);
    console.log(String(bad), 'accepted');
  } catch (e) {
    console.log(String(bad), e.code, e.message);
  }
}
process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });
