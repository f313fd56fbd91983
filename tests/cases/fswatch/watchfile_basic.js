'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const file = path.join(dir, 'polled.txt');
const log = [];
const sw = fs.watchFile(file, { interval: 15 }, (curr, prev) => {
  log.push([curr.constructor.name, curr.size, prev.size, curr.isFile(), prev.isFile(),
    curr.mtimeMs === 0, prev.mtimeMs === 0, curr.nlink, prev.nlink].join(' '));
});
console.log(sw.constructor.name, Object.keys(sw));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(sw)).sort());
console.log('same watcher', fs.watchFile(file, () => {}) === sw, sw.listenerCount('change'));
sw.on('stop', () => console.log('stop event'));
setTimeout(() => fs.writeFileSync(file, 'hello'), 200);
setTimeout(() => fs.appendFileSync(file, '!!'), 400);
setTimeout(() => fs.unlinkSync(file), 600);
setTimeout(() => {
  fs.unwatchFile(file);
  console.log('unwatched');
  for (const l of log) console.log(l);
  fs.rmSync(dir, { recursive: true, force: true });
}, 800);
