const crypto = require('node:crypto');
const t = (label, f) => { try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
let ok = true;
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(10);
  if (!Number.isInteger(n) || n < 0 || n >= 10) ok = false;
  const m = crypto.randomInt(-5, 5);
  if (!Number.isInteger(m) || m < -5 || m >= 5) ok = false;
}
console.log('ranges', ok);
console.log('one value', crypto.randomInt(7, 8), crypto.randomInt(1));
const seen = new Set();
for (let i = 0; i < 500; i++) seen.add(crypto.randomInt(3));
console.log('covers', [...seen].sort().join());
const big = crypto.randomInt(2 ** 48 - 1);
console.log('big', Number.isSafeInteger(big) && big >= 0);
t('max<=min', () => crypto.randomInt(10, 5));
t('equal', () => crypto.randomInt(5, 5));
t('float', () => crypto.randomInt(1.5));
t('str', () => crypto.randomInt('x'));
t('str max', () => crypto.randomInt(5, 'x'));
t('range', () => crypto.randomInt(2 ** 48));
t('range2', () => crypto.randomInt(0, 2 ** 48));
t('unsafe', () => crypto.randomInt(-(2 ** 53), 0));
t('bad cb', () => crypto.randomInt(1, 5, 'x'));
t('zero', () => crypto.randomInt(0));
crypto.randomInt(3, (err, n) => console.log('async1', err, n >= 0 && n < 3));
crypto.randomInt(3, 6, (err, n) => console.log('async2', err, n >= 3 && n < 6));
console.log('sync done');
