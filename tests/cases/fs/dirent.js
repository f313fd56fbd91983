'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
fs.writeFileSync('file', '');
fs.mkdirSync('dir');
fs.symlinkSync('file', 'link');
fs.symlinkSync('dir', 'dlink');
const ents = fs.readdirSync('.', { withFileTypes: true });
for (const e of ents) {
  console.log(e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink(), Object.keys(e));
}
const e0 = new fs.Dirent('made', fs.constants.UV_DIRENT_FILE, '/some/where');
console.log(e0, e0.isFile(), e0.isDirectory());
const b = fs.readdirSync('.', { withFileTypes: true, encoding: 'buffer' });
console.log(Buffer.isBuffer(b[0].name), b[0].parentPath);
console.log(fs.readdirSync('dlink'), fs.readdirSync('.', { recursive: true }));
process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });
