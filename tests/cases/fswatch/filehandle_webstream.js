'use strict';
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'x'.repeat(40000) + 'END');
(async () => {
  const fh = await fsp.open(file);
  const rs = fh.readableWebStream();
  console.log(rs.constructor.name);
  try {
    fh.readableWebStream();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  let total = 0;
  const kinds = new Set();
  let tail = '';
  for await (const c of rs) {
    kinds.add(c.constructor.name);
    total += c.byteLength;
    tail = Buffer.from(c).toString().slice(-3);
  }
  console.log(total, [...kinds], tail);
  await fh.close();
  try {
    fh.readableWebStream();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }

  const fh2 = await fsp.open(file);
  const reader = fh2.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const r = await reader.read(new Uint8Array(5));
  console.log(r.done, r.value.constructor.name, Buffer.from(r.value).toString());
  await reader.cancel();
  console.log('fd still open', typeof fh2.fd === 'number' && fh2.fd > 0);
  await fh2.close();

  const fh3 = await fsp.open(file);
  const rs3 = fh3.readableWebStream();
  await fh3.close();
  console.log('after handle close', await rs3.getReader().read());
  fs.rmSync(dir, { recursive: true, force: true });
})();
