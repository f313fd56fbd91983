'use strict';
const os = require('node:os');
console.log(JSON.stringify(os.EOL), os.devNull);
console.log(os.arch() === process.arch, os.platform() === process.platform);
console.log(os.type(), os.endianness());
console.log(typeof os.release(), os.release().length > 0, typeof os.version(), typeof os.machine());
console.log(typeof os.hostname(), os.hostname().length > 0);
console.log(`${os.hostname}` === os.hostname(), `${os.type}`, `${os.tmpdir}` === os.tmpdir());
console.log(Object.keys(os));
for (const k of Object.keys(os)) {
  if (typeof os[k] === 'function') console.log(k, os[k].name, os[k].length);
}
