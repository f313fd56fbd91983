'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'abc');
fs.watchFile(file, { interval: 10, bigint: true }, (curr, prev) => {
  console.log(curr.constructor.name, typeof curr.size, curr.size, prev.size, typeof curr.mtimeNs);
  fs.unwatchFile(file);
  fs.rmSync(dir, { recursive: true, force: true });
});
setTimeout(() => fs.writeFileSync(file, 'abcdef'), 150);
