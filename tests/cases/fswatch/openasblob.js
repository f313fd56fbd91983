'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { Blob } = require('node:buffer');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const file = path.join(dir, 'data.bin');
fs.writeFileSync(file, 'hello blob world');
(async () => {
  const p = fs.openAsBlob(file);
  console.log(p instanceof Promise);
  const blob = await p;
  console.log(blob instanceof Blob, blob.size, JSON.stringify(blob.type));
  console.log(await blob.text());
  console.log(await blob.slice(6, 10).text());
  const typed = await fs.openAsBlob(new URL('file://' + file), { type: 'text/plain' });
  console.log(typed.type, typed.size);
  const buf = Buffer.from(await typed.arrayBuffer());
  console.log(buf.toString('hex'));
  const chunks = [];
  for await (const c of typed.stream()) chunks.push(Buffer.from(c).toString());
  console.log(chunks.join(''));
  const empty = path.join(dir, 'empty');
  fs.writeFileSync(empty, '');
  console.log('empty', (await fs.openAsBlob(empty)).size);
  for (const [label, fn] of [
    ['missing', () => fs.openAsBlob(path.join(dir, 'nope'))],
    ['number', () => fs.openAsBlob(1)],
    ['bad options', () => fs.openAsBlob(file, 1)],
    ['bad type', () => fs.openAsBlob(file, { type: 1 })],
  ]) {
    try {
      await fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
})();
