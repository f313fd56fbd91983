'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'x-')));
process.chdir(dir);
const rel = (s) => (typeof s === 'string' ? s.split(dir).join('<tmp>') : s);

function attempt(label, fn) {
  try {
    console.log(label, 'ok', rel(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, rel(e.message), e.syscall, rel(e.path), rel(e.dest));
  }
}

fs.writeFileSync('target', 'data');
fs.mkdirSync('sub');
attempt('symlink', () => fs.symlinkSync('target', 'l1'));
attempt('symlink dir', () => fs.symlinkSync('sub', 'l2', 'dir'));
attempt('symlink dangling', () => fs.symlinkSync('nowhere', 'l3'));
attempt('symlink exists', () => fs.symlinkSync('target', 'l1'));
attempt('symlink bad type', () => fs.symlinkSync('target', 'l4', 'weird'));
attempt('readlink', () => fs.readlinkSync('l1'));
attempt('readlink buf', () => fs.readlinkSync('l1', 'buffer').toString('hex'));
attempt('readlink not link', () => fs.readlinkSync('target'));
attempt('readlink missing', () => fs.readlinkSync('missing'));
attempt('read through', () => fs.readFileSync('l1', 'utf8'));
attempt('read dangling', () => fs.readFileSync('l3', 'utf8'));
attempt('realpath', () => fs.realpathSync('l1'));
attempt('realpath dir', () => fs.realpathSync('l2/../target'));
attempt('realpath missing', () => fs.realpathSync('missing'));
attempt('realpath native', () => fs.realpathSync.native('l1'));
attempt('realpath native missing', () => fs.realpathSync.native('missing'));
attempt('link', () => fs.linkSync('target', 'hard'));
attempt('nlink', () => fs.statSync('target').nlink);
attempt('link exists', () => fs.linkSync('target', 'hard'));
attempt('link missing', () => fs.linkSync('missing', 'hard2'));
attempt('lutimes', () => fs.lutimesSync('l1', 5, 6));
attempt('lstat mtime', () => fs.lstatSync('l1').mtimeMs);
attempt('lchown', () => fs.lchownSync('l1', process.getuid(), process.getgid()));

fs.realpath('l1', (err, p) => {
  console.log('cb realpath', err, rel(p));
  fs.realpath('missing', (err2) => {
    console.log('cb realpath missing', err2.code, rel(err2.message));
    fs.readlink('l1', (err3, t) => {
      console.log('cb readlink', err3, t);
      fs.symlink('target', 'l5', (err4) => {
        console.log('cb symlink', err4, fs.readlinkSync('l5'));
        fs.link('target', 'hard3', (err5) => {
          console.log('cb link', err5, fs.statSync('target').nlink);
          fs.promises.realpath('l2').then((r) => {
            console.log('promise realpath', rel(r));
            return fs.promises.readlink('l3');
          }).then((t2) => {
            console.log('promise readlink', t2);
            process.chdir(os.tmpdir());
            fs.rmSync(dir, { recursive: true });
          });
        });
      });
    });
  });
});
