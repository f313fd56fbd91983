'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const a = fs.mkdtempSync(path.join(base, 'pre-'));
console.log(path.basename(a).length, path.basename(a).startsWith('pre-'), fs.statSync(a).isDirectory());
console.log((fs.statSync(a).mode & 0o777).toString(8));
const b = fs.mkdtempSync(path.join(base, 'pre-'));
console.log(a !== b);
const c = fs.mkdtempSync(path.join(base, 'buf-'), 'buffer');
console.log(Buffer.isBuffer(c));
try {
  fs.mkdtempSync(path.join(base, 'nodir', 'x-'));
} catch (e) {
  console.log(e.code, e.message.split(base).join('<base>'));
}
fs.mkdtemp(path.join(base, 'cb-'), (err, d) => {
  console.log('cb', err, path.basename(d).length);
  fs.promises.mkdtemp(path.join(base, 'p-')).then((d2) => {
    console.log('promise', path.basename(d2).slice(0, 2), fs.existsSync(d2));
    fs.rmSync(base, { recursive: true });
    console.log(fs.existsSync(base));
  });
});
