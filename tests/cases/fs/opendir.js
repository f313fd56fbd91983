'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
for (const n of ['one', 'two', 'three']) fs.writeFileSync(n, n);
fs.mkdirSync('sub');

const d = fs.opendirSync('.');
console.log(d.path, d.constructor.name, d instanceof fs.Dir);
const names = [];
let ent;
while ((ent = d.readSync()) !== null) names.push([ent.name, ent.isDirectory(), ent.parentPath]);
console.log(names.sort());
console.log(d.readSync());
d.closeSync();
for (const fn of [() => d.readSync(), () => d.closeSync(), () => fs.opendirSync('nope'), () => fs.opendirSync('one'),
  () => fs.opendirSync('.', { bufferSize: 0 })]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

(async () => {
  const d2 = await fs.promises.opendir('.');
  const seen = [];
  for await (const e of d2) seen.push(e.name);
  console.log('iter', seen.sort());
  try {
    await d2.close();
  } catch (e) {
    console.log('close after iter', e.code);
  }
  const d3 = fs.opendirSync('.', { bufferSize: 1 });
  const a = await d3.read();
  const b = await d3.read();
  console.log('read', typeof a.name, typeof b.name, a.name !== b.name);
  await d3.close();
  fs.opendir('sub', (err, d4) => {
    console.log('cb opendir', err, d4.path);
    d4.read((err2, e) => {
      console.log('cb read', err2, e);
      d4.close((err3) => {
        console.log('cb close', err3);
        d4.close((err4) => {
          console.log('cb close again', err4.code);
          fs.opendir('nope', (err5) => {
            console.log('cb missing', err5.code, err5.message);
            process.chdir(os.tmpdir());
            fs.rmSync(dir, { recursive: true });
          });
        });
      });
    });
  });
})();
