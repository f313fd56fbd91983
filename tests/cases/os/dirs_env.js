'use strict';
const os = require('node:os');
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP, HOME: process.env.HOME };
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/from/temp';
console.log(os.tmpdir());
process.env.TMP = '/from/tmp/';
console.log(os.tmpdir());
process.env.TMPDIR = '/from/tmpdir//';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
process.env.HOME = '/custom/home';
console.log(os.homedir());
delete process.env.HOME;
console.log(os.homedir() === os.userInfo().homedir);
for (const [k, v] of Object.entries(saved)) {
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}
