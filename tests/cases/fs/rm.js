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
    if (e.info) console.log(' info', e.info);
  }
}

fs.mkdirSync('tree/a/b', { recursive: true });
fs.writeFileSync('tree/a/b/f', 'x');
fs.writeFileSync('tree/g', 'x');
fs.writeFileSync('file', 'x');
fs.mkdirSync('empty');

attempt('rm dir', () => fs.rmSync('tree'));
attempt('rmdir nonempty', () => fs.rmdirSync('tree'));
attempt('rmdir file', () => fs.rmdirSync('file'));
attempt('rmdir missing', () => fs.rmdirSync('missing'));
attempt('rmdir empty', () => fs.rmdirSync('empty'));
attempt('rm missing', () => fs.rmSync('missing'));
attempt('rm missing force', () => fs.rmSync('missing', { force: true }));
attempt('rm file', () => fs.rmSync('file'));
attempt('rm bad opt', () => fs.rmSync('x', { recursive: 'no' }));
attempt('rm bad opts', () => fs.rmSync('x', 5));
attempt('unlink dir', () => fs.unlinkSync('tree'));
attempt('rm tree', () => fs.rmSync('tree', { recursive: true }));
console.log(fs.readdirSync('.'));

fs.mkdirSync('t2/x', { recursive: true });
fs.writeFileSync('f2', '');
fs.rm('t2', (err) => {
  console.log('cb rm dir', err.code, err.name, err.message);
  fs.rm('t2', { recursive: true }, (err2) => {
    console.log('cb rm tree', err2);
    fs.rm('f2', (err3) => {
      console.log('cb rm file', err3, fs.existsSync('f2'));
      fs.rm('nope', { force: true }, (err4) => {
        console.log('cb force', err4);
        fs.rmdir('nope', (err5) => {
          console.log('cb rmdir', err5.code, err5.message);
          fs.mkdirSync('t3/y', { recursive: true });
          fs.promises.rm('t3', { recursive: true, force: true }).then(() => {
            console.log('promise rm', fs.existsSync('t3'));
            return fs.promises.rm('t3');
          }).catch((e) => {
            console.log('promise err', e.code, e.message);
            process.chdir(os.tmpdir());
            fs.rmSync(dir, { recursive: true });
          });
        });
      });
    });
  });
});
