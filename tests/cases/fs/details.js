'use strict';
// Details of Node's fs this runtime once missed: warnings once per
// process, ENOTDIR for rmdir -r of a file, promisified read/write
// results, stream options through a prototype and end: Infinity,
// non-finite timestamps, fs.close seeing the stream's fd.
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const util = require('node:util');

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'det-'));
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'abcdef');
const code = (fn) => { try { fn(); return 'ok'; } catch (e) { return `${e.name} ${e.code} ${e.syscall || ''}`; } };

console.log(code(() => fs.rmdirSync(f, { recursive: true })));
fs.mkdirSync(path.join(dir, 'd'));
console.log(code(() => fs.rmdirSync(path.join(dir, 'd'), { recursive: true })), fs.existsSync(path.join(dir, 'd')));
for (const t of [Infinity, NaN, {}, '12', 3]) console.log(code(() => fs.utimesSync(f, t, t)));
fs.mkdtempSync(path.join(dir, 'tX'));
fs.mkdtempSync(path.join(dir, 'tX'));

(async () => {
  const fd = fs.openSync(f, 'r+');
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(3), 0, 3, 0);
  console.log('read', r.bytesRead, String(r.buffer));
  const w = await util.promisify(fs.write)(fd, Buffer.from('XY'), 0, 2, 0);
  console.log('write', w.bytesWritten, String(w.buffer));
  const rv = await util.promisify(fs.readv)(fd, [Buffer.alloc(2), Buffer.alloc(2)], 0);
  console.log('readv', rv.bytesRead, rv.buffers.map(String));
  const wv = await util.promisify(fs.writev)(fd, [Buffer.from('1'), Buffer.from('2')], 4);
  console.log('writev', wv.bytesWritten, Object.keys(wv), wv.buffer.length);
  fs.closeSync(fd);
  await new Promise((resolve) => fs.rmdir(f, { recursive: true }, (e) => { console.log('callback', e.code, e.syscall); resolve(); }));
  await fs.promises.rmdir(f, { recursive: true }).catch((e) => console.log('promise', e.code, e.syscall));
  const s = fs.createReadStream(f, { __proto__: { start: 1, end: 3 } });
  console.log('inherited', s.start, s.end);
  s.destroy();
  await new Promise((resolve) => s.on('close', resolve));
  const chunks = [];
  for await (const c of fs.createReadStream(f, { start: 2, end: Infinity })) chunks.push(c);
  console.log('end Infinity', String(Buffer.concat(chunks)));
  const closeSeen = [];
  const origClose = fs.close;
  const s2 = fs.createReadStream(f);
  s2.on('open', (fd2) => {
    fs.close = (fd3, cb) => { closeSeen.push(fd3 === fd2, s2.fd === fd2); fs.close = origClose; origClose(fd3, cb); };
    s2.destroy();
  });
  s2.on('close', () => {
    console.log('close saw the fd', closeSeen, s2.fd);
    fs.rmSync(dir, { recursive: true });
  });
})();
