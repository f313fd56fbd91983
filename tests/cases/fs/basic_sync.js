'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (n) => path.join(dir, n);
const rel = (s) => s.split(dir).join('<tmp>');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, rel(e.message), e.errno, e.syscall);
  }
}

fs.writeFileSync(p('a.txt'), 'hello world');
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
console.log(fs.readFileSync(p('a.txt')));
console.log(fs.readFileSync(p('a.txt'), { encoding: 'hex' }));
fs.appendFileSync(p('a.txt'), '!!');
console.log(fs.readFileSync(p('a.txt'), 'latin1'));
fs.writeFileSync(p('b.bin'), new Uint8Array([1, 2, 3, 250]));
console.log(fs.readFileSync(p('b.bin')));
fs.writeFileSync(p('c.txt'), 'aGk=', 'base64');
console.log(fs.readFileSync(p('c.txt'), 'utf8'));
attempt('wx', () => fs.writeFileSync(p('c.txt'), 'x', { flag: 'wx' }));
attempt('missing', () => fs.readFileSync(p('nope')));
attempt('dir', () => fs.readFileSync(dir));
attempt('badenc', () => fs.readFileSync(p('a.txt'), 'bogus'));
attempt('badopt', () => fs.readFileSync(p('a.txt'), 5));
attempt('baddata', () => fs.writeFileSync(p('z'), 5));
attempt('badpath', () => fs.readFileSync(123.5));
attempt('nul', () => fs.readFileSync('a\0b'));
console.log(fs.existsSync(p('a.txt')), fs.existsSync(p('nope')), fs.existsSync(null));
attempt('access', () => fs.accessSync(p('nope')));
attempt('access ok', () => fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK));
attempt('access bad mode', () => fs.accessSync(p('a.txt'), 99));
fs.renameSync(p('c.txt'), p('d.txt'));
console.log(fs.readdirSync(dir));
attempt('rename missing', () => fs.renameSync(p('c.txt'), p('e.txt')));
fs.unlinkSync(p('d.txt'));
attempt('unlink missing', () => fs.unlinkSync(p('d.txt')));
fs.copyFileSync(p('a.txt'), p('copy.txt'));
console.log(fs.readFileSync(p('copy.txt'), 'utf8'));
attempt('copy excl', () => fs.copyFileSync(p('a.txt'), p('copy.txt'), fs.constants.COPYFILE_EXCL));
attempt('copy missing', () => fs.copyFileSync(p('zz'), p('copy2.txt')));
fs.truncateSync(p('copy.txt'), 4);
console.log(fs.readFileSync(p('copy.txt'), 'utf8'));
fs.truncateSync(p('copy.txt'));
console.log(fs.statSync(p('copy.txt')).size);
fs.rmSync(dir, { recursive: true });
console.log(fs.existsSync(dir));
