'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'f');
const fd = fs.openSync(file, 'w+');
console.log(fs.writevSync(fd, [Buffer.from('abc'), Buffer.from('def'), new Uint8Array([103])]));
console.log(fs.writevSync(fd, [Buffer.from('XY')], 1));
console.log(fs.writevSync(fd, []));
const a = Buffer.alloc(2);
const b = Buffer.alloc(10);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString('utf8', 0, 5));
try { fs.writevSync(fd, 'str'); } catch (e) { console.log(e.code, e.message); }
try { fs.writevSync(fd, ['str']); } catch (e) { console.log(e.code, e.message); }
fs.writev(fd, [Buffer.from('12'), Buffer.from('34')], 0, (err, n, bufs) => {
  console.log('writev', err, n, bufs.length);
  const c = Buffer.alloc(3);
  const d = Buffer.alloc(3);
  fs.readv(fd, [c, d], 0, (err2, n2, bufs2) => {
    console.log('readv', err2, n2, bufs2.map(String));
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
  });
});
