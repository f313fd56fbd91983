'use strict';
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
(async () => {
  const ac = new AbortController();
  const it = fsp.watch(dir, { signal: ac.signal });
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  setTimeout(() => fs.writeFileSync(path.join(dir, 'a'), 'x'), 30);
  setTimeout(() => fs.mkdirSync(path.join(dir, 'd')), 70);
  setTimeout(() => ac.abort(), 150);
  const seen = new Set();
  try {
    for await (const ev of it) {
      seen.add(`${ev.eventType} ${ev.filename} ${Object.keys(ev)}`);
    }
    console.log('loop ended');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log([...seen].sort());

  // return() ends the iteration early
  const it2 = fsp.watch(dir);
  setTimeout(() => fs.writeFileSync(path.join(dir, 'b'), 'x'), 30);
  const first = await it2.next();
  console.log('first', first.done, first.value.filename);
  console.log('return', await it2.return());
  console.log('after return', await it2.next());

  // break inside for-await closes the watcher too
  const it3 = fsp.watch(path.join(dir, 'd'), { recursive: false });
  const t = new Promise((resolve) => setTimeout(() => {
    fs.mkdirSync(path.join(dir, 'd', 'inner'));
    resolve();
  }, 30));
  for await (const ev of it3) {
    console.log('it3', ev.eventType, ev.filename);
    break;
  }
  await t;
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
})();
