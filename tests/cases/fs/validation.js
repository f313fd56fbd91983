'use strict';
const fs = require('node:fs');

const calls = {
  'readFileSync({})': () => fs.readFileSync({}),
  'readFileSync(null)': () => fs.readFileSync(null),
  'writeFileSync(p, {})': () => fs.writeFileSync('/nonexistent-dir/x', {}),
  'openSync(p, "r", {})': () => fs.openSync('x', 'r', {}),
  'openSync(p, "r", -1)': () => fs.openSync('x', 'r', -1),
  'closeSync(1.5)': () => fs.closeSync(1.5),
  'closeSync(2**31)': () => fs.closeSync(2 ** 31),
  'readSync(0, buf, -1)': () => fs.readSync(0, Buffer.alloc(2), -1, 1),
  'readSync(0, buf, 0, -1)': () => fs.readSync(0, Buffer.alloc(2), 0, -1, 0),
  'readSync pos str': () => fs.readSync(0, Buffer.alloc(2), 0, 1, 'x'),
  'writeSync offset big': () => fs.writeSync(1, Buffer.alloc(2), 5),
  'writeSync length big': () => fs.writeSync(1, Buffer.alloc(2), 0, 5),
  'mkdirSync(5)': () => fs.mkdirSync(5),
  'chmodSync bad mode': () => fs.chmodSync('x', 'rwx'),
  'chmodSync obj mode': () => fs.chmodSync('x', {}),
  'chownSync bad uid': () => fs.chownSync('x', 'a', 0),
  'chownSync neg uid': () => fs.chownSync('x', -2, 0),
  'utimesSync bad': () => fs.utimesSync('x', 'abc', 0),
  'truncateSync bad len': () => fs.truncateSync('x', 'a'),
  'ftruncateSync bad len': () => fs.ftruncateSync(0, 1.5),
  'copyFileSync bad mode': () => fs.copyFileSync('a', 'b', 'x'),
  'symlinkSync bad target': () => fs.symlinkSync(1, 'b'),
  'renameSync bad': () => fs.renameSync('a', 2),
  'linkSync bad': () => fs.linkSync(1, 'b'),
  'mkdtempSync bad': () => fs.mkdtempSync(5),
  'readdirSync bad enc': () => fs.readdirSync('.', { encoding: 'nope' }),
  'rmSync bad retries': () => fs.rmSync('x', { maxRetries: -1 }),
  'accessSync str mode': () => fs.accessSync('.', 'r'),
  'stat no cb': () => fs.stat('.'),
  'stat bad cb': () => fs.stat('.', 5),
  'read no cb': () => fs.read(0, Buffer.alloc(1), 0, 1, 0, 'x'),
  'url': () => fs.readFileSync(new URL('http://example.com/x')),
  'nul buffer': () => fs.readFileSync(Buffer.from('a\0b')),
  'futimesSync bad': () => fs.futimesSync(0, {}, 0),
};
for (const [name, fn] of Object.entries(calls)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, '|', e.name, e.code, e.message);
  }
}
