'use strict';
// scrypt's parameter bounds: which are plain "Invalid scrypt params" and
// which exceed the memory limit; both and the aliases; maxmem.
const crypto = require('node:crypto');

const cases = [
  { N: 1, p: 1, r: 1 }, { N: 3, p: 1, r: 1 }, { N: 1, cost: 1 },
  { p: 1, parallelization: 1 }, { r: 1, blockSize: 1 },
  { N: 2 ** 16, p: 1, r: 1 }, { N: 2 ** 15, p: 1, r: 1 }, { N: 2, p: 2 ** 30, r: 1 },
  { N: 2, p: 2 ** 29, r: 2 }, { N: 2, p: 2 ** 24, r: 1 },
  { N: 2 ** 20, p: 1, r: 8 }, { N: 2 ** 10, p: 1, r: 8, maxmem: 2 ** 20 },
  { N: 2 ** 10, p: 1, r: 8, maxmem: 2 ** 21 }, { maxmem: 2 ** 53 }, { maxmem: -1 },
  { N: 0, r: 0, p: 0 }, { N: 'x' }, { cost: 2.5 },
];
for (const o of cases) {
  let sync;
  try {
    sync = crypto.scryptSync('pass', 'salt', 4, o).toString('hex');
  } catch (e) {
    sync = `${e.name} ${e.code} ${e.message}`;
  }
  let async;
  try {
    crypto.scrypt('pass', 'salt', 4, o, () => {});
    async = 'started';
  } catch (e) {
    async = `${e.name} ${e.code}`;
  }
  console.log(JSON.stringify(o), '|', sync, '|', async);
}
crypto.scrypt('', '', 4, { maxmem: 2 ** 52 }, (err, key) => console.log('maxmem 2^52', err, key.toString('hex')));
