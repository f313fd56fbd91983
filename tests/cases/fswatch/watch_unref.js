'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('exit', code);
});
// None of these keeps the process alive.
fs.watch(dir, { persistent: false });
fs.watch(dir).unref();
fs.watch(dir).ref().unref();
const w = fs.watch(dir);
w.unref();
w.ref();
w.close();
setTimeout(() => console.log('timer ran'), 20);
console.log('end of script');
