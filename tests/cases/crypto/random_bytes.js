const crypto = require('node:crypto');
const t = (label, f) => { try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
for (const n of [0, 1, 16, 1000, 1.5]) {
  const b = crypto.randomBytes(n);
  console.log(n, Buffer.isBuffer(b), b.length);
}
t('neg', () => crypto.randomBytes(-1));
t('str', () => crypto.randomBytes('1'));
t('big', () => crypto.randomBytes(2 ** 31));
t('nan', () => crypto.randomBytes(NaN));
t('bad cb', () => crypto.randomBytes(3, 5));
const a = crypto.randomBytes(32), b = crypto.randomBytes(32);
console.log('differ', !a.equals(b));
console.log('nonzero', crypto.randomBytes(64).some((x) => x !== 0));
console.log(crypto.pseudoRandomBytes === crypto.randomBytes || typeof crypto.pseudoRandomBytes);
crypto.randomBytes(7, (err, buf) => {
  console.log('async', err, Buffer.isBuffer(buf), buf.length);
});
console.log('sync first');
