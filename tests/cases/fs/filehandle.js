'use strict';
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const path = require('node:path');
const os = require('node:os');

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-'));
  const file = path.join(dir, 'f.txt');
  await fsp.writeFile(file, 'hello');
  const fh = await fsp.open(file, 'r+');
  console.log(typeof fh.fd, fh.constructor.name);
  console.log(await fh.read(Buffer.alloc(3), 0, 3, 0));
  console.log(await fh.read({ buffer: Buffer.alloc(2) }));
  const r = await fh.read();
  console.log(r.bytesRead, r.buffer.length);
  console.log(await fh.write('XY', 0));
  console.log(await fh.write(Buffer.from('abc'), 1, 2, 3));
  console.log(await fh.readFile('utf8'));
  console.log(await fh.readFile({ encoding: 'utf8' }));
  const st = await fh.stat();
  console.log(st.size, st.isFile());
  console.log((await fh.stat({ bigint: true })).size);
  await fh.truncate(2);
  console.log(await fsp.readFile(file, 'utf8'));
  await fh.writeFile('-more');
  console.log(await fsp.readFile(file, 'utf8'));
  await fh.appendFile('+app');
  console.log(await fsp.readFile(file, 'utf8'));
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  console.log(((await fh.stat()).mode & 0o777).toString(8));
  await fh.utimes(100, 200);
  console.log((await fh.stat()).mtimeMs);
  console.log(await fh.writev([Buffer.from('1'), Buffer.from('23')], 0));
  const bufs = [Buffer.alloc(2), Buffer.alloc(3)];
  console.log((await fh.readv(bufs, 0)).bytesRead, bufs.map(String));
  let closed = false;
  fh.on('close', () => { closed = true; });
  await fh.close();
  console.log('closed', closed, fh.fd);
  await fh.close();
  try {
    await fh.read(Buffer.alloc(1));
  } catch (e) {
    console.log(e.name, e.code, e.message, e.syscall);
  }
  try {
    await fh.stat();
  } catch (e) {
    console.log(e.name, e.code, e.message, e.syscall);
  }
  try {
    await fsp.open(path.join(dir, 'nope'));
  } catch (e) {
    console.log(e.code, e.message.split(dir).join('<tmp>'));
  }
  try {
    await fsp.open(file, 'bogus');
  } catch (e) {
    console.log(e.code, e.message);
  }
  const fh2 = await fsp.open(path.join(dir, 'g'), 'w');
  await fh2.writeFile(['a', 'b', Buffer.from('c')]);
  await fh2.close();
  console.log(await fsp.readFile(path.join(dir, 'g'), 'utf8'));
  await fsp.rm(dir, { recursive: true });
})();
