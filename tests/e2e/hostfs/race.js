'use strict';
// 1,500 asynchronous reads and writes of d/s.txt (callback and promises)
// while the test swaps the directory d for a symlink to the outside.
// Prints "LEAK" for a read that returned the outside file.
const fs = require('fs');
const path = require('path');
const grant = process.argv[2];
const p = path.join(grant, 'd', 's.txt');
let pending = 0, leaks = 0, ok = 0;
function check(err, data) {
  if (!err && String(data) === 'SECRET') leaks++;
  if (!err) ok++;
  if (--pending === 0) finish();
}
function finish() {
  if (leaks) console.log('LEAK', leaks);
  console.log('done', ok > 0);
}
let i = 0;
(function batch() {
  for (let k = 0; k < 50 && i < 1500; k++, i++) {
    pending += 4;
    fs.readFile(p, 'utf8', check);
    fs.promises.readFile(p, 'utf8').then((d) => check(null, d), (e) => check(e));
    fs.writeFile(p, 'inside', (e) => check(e));
    fs.promises.writeFile(p, 'inside').then(() => check(null), (e) => check(e));
  }
  if (i < 1500) setTimeout(batch, 1);
})();
