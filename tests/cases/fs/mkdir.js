'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.errno, e.syscall, e.path);
  }
}

attempt('plain', () => fs.mkdirSync('a'));
attempt('exists', () => fs.mkdirSync('a'));
attempt('recursive new', () => fs.mkdirSync('b/c/d', { recursive: true }));
attempt('recursive exists', () => fs.mkdirSync('b/c/d', { recursive: true }));
attempt('recursive partial', () => fs.mkdirSync('b/c/e/f', { recursive: true }));
attempt('recursive abs', () => fs.mkdirSync(path.join(dir, 'g/h'), { recursive: true }).split(dir).join('<tmp>'));
fs.writeFileSync('file', '');
attempt('under file', () => fs.mkdirSync('file/x'));
attempt('under file rec', () => fs.mkdirSync('file/x', { recursive: true }));
attempt('file rec', () => fs.mkdirSync('file', { recursive: true }));
attempt('missing parent', () => fs.mkdirSync('nope/x'));
attempt('mode', () => fs.mkdirSync('m', 0o700));
console.log((fs.statSync('m').mode & 0o777).toString(8));
attempt('mode str', () => fs.mkdirSync('m2', { mode: '755' }));
attempt('bad recursive', () => fs.mkdirSync('m3', { recursive: 'yes' }));
attempt('bad mode', () => fs.mkdirSync('m3', { mode: 'abc' }));
console.log(fs.readdirSync('.'));

fs.mkdir('async1', (err, r) => {
  console.log('async plain', err, r);
  fs.mkdir('async2/x/y', { recursive: true }, (err2, r2) => {
    console.log('async recursive', err2, r2);
    fs.mkdir('async1', (err3) => {
      console.log('async exists', err3.code, err3.message);
      fs.promises.mkdir('p/q', { recursive: true }).then((r4) => {
        console.log('promise', r4);
        return fs.promises.mkdir('p');
      }).catch((e) => {
        console.log('promise err', e.code, e.message);
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
