'use strict';
const util = require('node:util');

for (const code of [-1, -2, -13, -17, -22, -98, -111, -4095, -3008, -9999]) {
  console.log(code, util.getSystemErrorName(code));
}
for (const bad of [1, 0, -1.5, NaN, Infinity, 'x', null, 2 ** 60]) {
  try {
    util.getSystemErrorName(bad);
  } catch (err) {
    console.log('bad', String(bad), err.name, err.code, err.message);
  }
}
const map = util.getSystemErrorMap();
console.log('map', map instanceof Map, map.size > 50);
console.log('ENOENT entry', JSON.stringify(map.get(-2)));
console.log('EACCES entry', JSON.stringify(map.get(-13)));
console.log('fresh copy', util.getSystemErrorMap() !== map);
const names = [...map.values()].map(([name]) => name);
console.log('has', ['EPERM', 'ENOENT', 'EEXIST', 'ECONNRESET', 'EPIPE', 'EOF'].every((n) => names.includes(n)));
const e = util._errnoException(-2, 'open', 'file.txt');
console.log(e.message, e.code, e.errno, e.syscall, Object.keys(e).join(','));
const e2 = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080);
console.log(e2.message, e2.code, e2.address, e2.port);
