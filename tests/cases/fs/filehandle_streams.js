'use strict';
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const path = require('node:path');
const os = require('node:os');

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-'));
  const file = path.join(dir, 'f');
  await fsp.writeFile(file, 'filehandle stream data');
  const fh = await fsp.open(file);
  const rs = fh.createReadStream({ start: 11, encoding: 'utf8' });
  let s = '';
  for await (const chunk of rs) s += chunk;
  console.log('read', s);
  const fh2 = await fsp.open(path.join(dir, 'g'), 'w');
  const ws = fh2.createWriteStream();
  ws.write('one ');
  ws.end('two');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('written', await fsp.readFile(path.join(dir, 'g'), 'utf8'), fh2.fd);
  await fsp.writeFile(path.join(dir, 'h'), (async function* () { yield 'a'; yield Buffer.from('b'); })());
  console.log('iterable', await fsp.readFile(path.join(dir, 'h'), 'utf8'));
  await fsp.rm(dir, { recursive: true });
})();
