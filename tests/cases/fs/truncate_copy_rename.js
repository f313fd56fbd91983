'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
const show = (label, fn) => {
  try { console.log(label, 'ok', fn()); } catch (e) { console.log(label, e.code, e.message); }
};
fs.writeFileSync('f', '0123456789');
show('truncate 5', () => { fs.truncateSync('f', 5); return fs.readFileSync('f', 'utf8'); });
show('truncate grow', () => { fs.truncateSync('f', 7); return fs.readFileSync('f'); });
show('truncate neg', () => { fs.truncateSync('f', -3); return fs.statSync('f').size; });
show('truncate dir', () => fs.truncateSync('.'));
show('truncate missing', () => fs.truncateSync('missing', 1));
fs.writeFileSync('src', 'source');
fs.writeFileSync('dst', 'old');
show('copy overwrite', () => { fs.copyFileSync('src', 'dst'); return fs.readFileSync('dst', 'utf8'); });
show('copy ficlone', () => { fs.copyFileSync('src', 'dst2', fs.constants.COPYFILE_FICLONE); return fs.readFileSync('dst2', 'utf8'); });
show('copy dir', () => fs.copyFileSync('.', 'd3'));
fs.chmodSync('src', 0o640);
show('copy mode', () => { fs.copyFileSync('src', 'dst4'); return (fs.statSync('dst4').mode & 0o777).toString(8); });
show('rename overwrite', () => { fs.renameSync('src', 'dst'); return [fs.existsSync('src'), fs.readFileSync('dst', 'utf8')]; });
fs.mkdirSync('d1');
fs.mkdirSync('d2');
fs.writeFileSync('d2/x', '');
show('rename dir onto nonempty', () => fs.renameSync('d1', 'd2'));
show('rename file onto dir', () => fs.renameSync('dst', 'd1'));
show('rename dir', () => { fs.renameSync('d1', 'd5'); return fs.readdirSync('.'); });
fs.truncate('f', 2, (err) => {
  console.log('cb truncate', err, fs.readFileSync('f', 'utf8'));
  fs.copyFile('f', 'g', (err2) => {
    console.log('cb copy', err2, fs.readFileSync('g', 'utf8'));
    fs.copyFile('f', 'g', fs.constants.COPYFILE_EXCL, (err3) => {
      console.log('cb copy excl', err3.code, err3.message);
      fs.rename('g', 'h', (err4) => {
        console.log('cb rename', err4, fs.readdirSync('.'));
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
