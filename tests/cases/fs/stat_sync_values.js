'use strict';
// The sync stat family fills one shared array inside the runtime: each
// Stats must still be its own, async stats interleaved must keep theirs,
// and a Stats must look like fs.Stats in every way a script can see.
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const util = require('node:util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const a = path.join(dir, 'a.txt');
const b = path.join(dir, 'b.txt');
fs.writeFileSync(a, 'one');
fs.writeFileSync(b, 'three bytes');
fs.utimesSync(a, 1000, 1000);
fs.utimesSync(b, 2000, 2000);

const sa = fs.statSync(a);
const sb = fs.statSync(b);
console.log(sa.size, sb.size, sa.mtimeMs, sb.mtimeMs, sa.mtime.toISOString(), sb.mtime.toISOString());
console.log(Object.getPrototypeOf(sa) === fs.Stats.prototype, sa instanceof fs.Stats, sa.constructor === fs.Stats);
console.log(Object.getOwnPropertyNames(sa).join());
console.log(util.inspect(sa).split('\n')[0], JSON.stringify(Object.keys(JSON.parse(JSON.stringify(sa)))).length);
console.log(sa.hasOwnProperty('atime'), Object.getOwnPropertyDescriptor(sa, 'atime').writable);

const fd = fs.openSync(b, 'r');
const sf = fs.fstatSync(fd);
const sl = fs.lstatSync(a);
console.log(sf.size, sl.size, sa.size);
fs.closeSync(fd);

fs.stat(a, (err, st) => {
  console.log('async a', err, st.size, st.mtimeMs);
});
fs.stat(b, (err, st) => {
  console.log('async b', err, st.size, st.mtimeMs);
});
console.log('sync between', fs.statSync(b).size, fs.statSync(a).size);

for (const bad of ['a\u0000b', 42, null, {}]) {
  try { fs.statSync(bad); } catch (e) { console.log(e.code, e.name); }
}
console.log(fs.statSync(path.join(dir, 'none'), { throwIfNoEntry: false }));
try { fs.statSync(path.join(dir, 'none')); } catch (e) { console.log(e.code, e.syscall, e.path === path.join(dir, 'none')); }
console.log(fs.statSync(Buffer.from(a)).size, fs.statSync(new URL('file://' + a)).size);
process.on('exit', () => fs.rmSync(dir, { recursive: true }));
