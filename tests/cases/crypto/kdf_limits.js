'use strict';
// scrypt's maxmem is honoured (sync and async), and the KDFs' callbacks
// follow Node's (err, key) convention.
const crypto = require('crypto');
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : 'ok');

for (const opts of [{ N: 2 ** 20, r: 8 }, { N: 1024, r: 8, maxmem: 1024 * 1024 }, { N: 16, maxmem: 1 }]) {
  try {
    crypto.scryptSync('pw', 'salt', 16, opts);
    console.log('sync ok', JSON.stringify(opts));
  } catch (e) {
    console.log('sync', JSON.stringify(opts), show(e));
  }
}
try {
  crypto.scrypt('pw', 'salt', 16, { N: 2 ** 20, r: 8 }, () => console.log('called'));
} catch (e) {
  console.log('async throws', show(e));
}
// One after the other: completions on the pool come in any order.
crypto.scrypt('pw', 'salt', 16, { N: 1024 }, (e, k) => {
  console.log('scrypt', e, k.toString('hex'));
  crypto.pbkdf2('pw', 'salt', 10, 16, 'sha512', (e, k) => {
    console.log('pbkdf2', e, k.toString('hex'));
    crypto.hkdf('sha256', 'key', 'salt', 'info', 16, (e, k) => {
      console.log('hkdf', e, Buffer.from(k).toString('hex'));
      crypto.pbkdf2('pw', 'salt', 1, 0, 'sha1', (e, k) => console.log('empty', e, k.length));
    });
  });
});
console.log(crypto.createHash('ripemd160').update('abc').digest('hex'));
const h = crypto.createHash('rmd160').update('a');
console.log(h.copy().update('bc').digest('hex'), h.digest('hex'));
