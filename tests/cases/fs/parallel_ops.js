'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const N = 20;
let pending = N;
const results = [];
for (let i = 0; i < N; i++) {
  fs.writeFile(path.join(dir, `f${i}`), `content ${i}`, (err) => {
    if (err) throw err;
    fs.readFile(path.join(dir, `f${i}`), 'utf8', (err2, s) => {
      results.push(s);
      if (--pending === 0) {
        console.log(results.sort().join('|'));
        console.log(fs.readdirSync(dir).length);
        Promise.all(fs.readdirSync(dir).map((n) => fs.promises.unlink(path.join(dir, n)))).then(() => {
          console.log(fs.readdirSync(dir));
          fs.rmdirSync(dir);
        });
      }
    });
  });
}
let sync = true;
fs.stat(dir, () => console.log('callback after sync code', !sync));
sync = false;
console.log('scheduled');
