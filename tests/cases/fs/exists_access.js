'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const util = require('node:util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, '');
fs.chmodSync(file, 0o644);
console.log(fs.existsSync(file), fs.existsSync(dir), fs.existsSync(path.join(dir, 'nope')), fs.existsSync(), fs.existsSync({}));
console.log(fs.existsSync(Buffer.from(file)), fs.existsSync(new URL('file://' + file)));
for (const m of [undefined, fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK]) {
  try {
    fs.accessSync(file, m);
    console.log('access', m, 'ok');
  } catch (e) {
    console.log('access', m, e.code);
  }
}
fs.exists(file, (a) => {
  console.log('exists cb', a);
  fs.exists(path.join(dir, 'nope'), (b) => {
    console.log('exists cb missing', b);
    util.promisify(fs.exists)(file).then((c) => {
      console.log('promisified', c);
      fs.access(file, (err) => {
        console.log('access cb', err);
        fs.access(path.join(dir, 'nope'), fs.constants.R_OK, (err2) => {
          console.log('access cb missing', err2.code, err2.syscall);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
