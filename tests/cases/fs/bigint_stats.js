'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x'.repeat(100));
fs.utimesSync(file, 1234.5678, 99999.000001);
(async () => {
  const s = await fs.promises.stat(file, { bigint: true });
  console.log(s.size, s.atimeNs, s.mtimeNs, s.atimeMs, s.mtimeMs, typeof s.mode, s.isFile());
  const l = await fs.promises.lstat(file, { bigint: false });
  console.log(l.size, l.atimeMs, l.mtimeMs, l.atime.getTime(), l.mtime.getTime());
  fs.fstat(fs.openSync(file, 'r'), { bigint: true }, (err, f) => {
    console.log('fstat', err, f.size, f.mtimeNs, f instanceof fs.Stats);
    fs.stat(file, { bigint: true }, (err2, s2) => {
      console.log('stat cb', err2, s2.atimeMs, s2.isDirectory());
      fs.rmSync(dir, { recursive: true });
    });
  });
})();
