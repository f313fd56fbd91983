'use strict';
const fs = require('node:fs');
console.log(fs.constants);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(fs.promises.constants === fs.constants);
console.log(typeof fs.lchmod, typeof fs.lchmodSync, 'lchmod' in fs);
const keys = Object.keys(fs);
for (const k of ['readFileSync', 'promises', 'constants', 'Stats', 'Dirent', 'Dir', 'ReadStream', 'WriteStream', 'cp', 'opendir', 'rm']) {
  console.log(k, keys.includes(k), typeof fs[k]);
}
