'use strict';
// process.chdir's errors name the working directory and the target.
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-'));
fs.writeFileSync(path.join(dir, 'file'), '');
process.chdir(dir);
for (const d of ['file', 'missing', '.']) {
  try {
    process.chdir(d);
    console.log('ok', path.basename(process.cwd()) === path.basename(dir));
  } catch (e) {
    console.log(e.code, e.syscall, e.message.replace(dir, 'DIR'), e.path === dir, e.dest);
  }
}
process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });
