'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { pathToFileURL } = require('node:url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'ünïcødé ✓.txt');
fs.writeFileSync(file, 'unicode');
console.log(fs.readdirSync(dir));
console.log(fs.readFileSync(Buffer.from(file), 'utf8'));
console.log(fs.readFileSync(pathToFileURL(file), 'utf8'));
console.log(fs.statSync(pathToFileURL(dir)).isDirectory());
console.log(fs.readdirSync(dir, 'buffer')[0].toString());
process.chdir(dir);
console.log(fs.readFileSync('./ünïcødé ✓.txt', 'utf8'));
fs.mkdirSync('a');
process.chdir('a');
fs.writeFileSync('../up.txt', 'up');
console.log(fs.readdirSync('..').sort());
console.log(fs.readFileSync(path.join('..', 'up.txt'), 'utf8'));
try {
  fs.readFileSync(new URL('file:///tmp/%2F'));
} catch (e) {
  console.log(e.code, e.message);
}
process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });
