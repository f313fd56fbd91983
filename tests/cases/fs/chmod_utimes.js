'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
fs.writeFileSync('f', 'x');
const mode = () => (fs.statSync('f').mode & 0o7777).toString(8);
fs.chmodSync('f', 0o600); console.log(mode());
fs.chmodSync('f', '644'); console.log(mode());
const fd = fs.openSync('f', 'r');
fs.fchmodSync(fd, 0o700); console.log(mode());
fs.utimesSync('f', 10, 20);
console.log(fs.statSync('f').atimeMs, fs.statSync('f').mtimeMs);
fs.utimesSync('f', new Date(1500), '30');
console.log(fs.statSync('f').atimeMs, fs.statSync('f').mtimeMs);
fs.futimesSync(fd, 1.25, 2.5);
console.log(fs.statSync('f').atimeMs, fs.statSync('f').mtimeMs);
fs.fchownSync(fd, process.getuid(), process.getgid());
fs.chownSync('f', process.getuid(), process.getgid());
fs.closeSync(fd);
try { fs.chmodSync('missing', 0o600); } catch (e) { console.log(e.code, e.message); }
try { fs.utimesSync('missing', 1, 1); } catch (e) { console.log(e.code, e.message); }
try { fs.chownSync('missing', 0, 0); } catch (e) { console.log(e.code, e.message); }
try { fs.fchmodSync(999, 0o600); } catch (e) { console.log(e.code, e.message); }
try { fs.futimesSync(999, 1, 1); } catch (e) { console.log(e.code, e.message); }
fs.chmod('f', 0o640, (err) => {
  console.log('cb chmod', err, mode());
  fs.utimes('f', 100, 200, (err2) => {
    console.log('cb utimes', err2, fs.statSync('f').mtimeMs);
    fs.chmod('missing', 0o640, (err3) => {
      console.log('cb chmod missing', err3.code);
      process.chdir(os.tmpdir());
      fs.rmSync(dir, { recursive: true });
    });
  });
});
