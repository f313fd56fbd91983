'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

// A persistent watcher keeps the process running until it is closed from
// its own event.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
process.on('exit', () => console.log('exit'));
const w = fs.watch(dir);
w.on('change', (type, name) => {
  if (name !== 'trigger') return;
  console.log('got', type, name);
  w.close();
});
w.on('close', () => {
  console.log('close');
  fs.rmSync(dir, { recursive: true, force: true });
});
const t = setTimeout(() => fs.mkdirSync(path.join(dir, 'trigger')), 50);
t.unref();
console.log('waiting');
