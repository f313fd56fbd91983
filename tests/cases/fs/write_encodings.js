'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'f');
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex', 'ucs2', 'binary']) {
  const input = enc === 'hex' ? 'c3a9e282ac' : enc.startsWith('base64') ? 'w6nigqw' : 'é€x';
  fs.writeFileSync(file, input, enc);
  const raw = fs.readFileSync(file);
  console.log(enc, raw.toString('hex'), fs.readFileSync(file, enc), fs.readFileSync(file, { encoding: enc }));
  const fd = fs.openSync(file, 'w');
  console.log(' writeSync', fs.writeSync(fd, input, 0, enc));
  fs.closeSync(fd);
}
fs.writeFileSync(file, 'abc', { encoding: 'utf8', flag: 'w', mode: 0o600 });
console.log(fs.readFileSync(file, { encoding: null }));
console.log(fs.readFileSync(file, 'buffer'));
try {
  fs.writeFileSync(file, 'x', { encoding: 'nope' });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.writeSync(1, 'x', 0, 'nope');
} catch (e) {
  console.log(e.code, e.message);
}
fs.rmSync(dir, { recursive: true });
