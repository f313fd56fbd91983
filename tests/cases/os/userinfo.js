'use strict';
const os = require('node:os');
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u));
console.log(u.uid === process.getuid(), u.gid === process.getgid(), typeof u.username, typeof u.homedir);
const b = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(b.username), b.username.toString() === u.username, typeof b.uid);
const h = os.userInfo({ encoding: 'hex' });
console.log(h.username === Buffer.from(u.username).toString('hex'));
for (const bad of [5, 'str', true]) {
  try {
    os.userInfo(bad);
    console.log('ok', bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
