const crypto = require('node:crypto');
const key = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
const iv = Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex');
const pt = Buffer.from('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51', 'hex');
const enc = (alg, k, v, data, chunks = [data.length]) => {
  const c = crypto.createCipheriv(alg, k, v);
  const parts = [];
  let o = 0;
  for (const n of chunks) { parts.push(c.update(data.subarray(o, o + n))); o += n; }
  parts.push(c.final());
  return Buffer.concat(parts).toString('hex');
};
console.log('ctr', enc('aes-128-ctr', key, iv, pt));
console.log('ctr split', enc('aes-128-ctr', key, iv, pt, [3, 17, 5, 7]));
console.log('ctr wrap', enc('aes-128-ctr', key, Buffer.alloc(16, 0xff), pt));
console.log('ecb', enc('aes-128-ecb', key, null, pt));
console.log('ecb empty iv', enc('aes-128-ecb', key, Buffer.alloc(0), Buffer.from('hi')));
console.log('ctr 256', enc('aes-256-ctr', Buffer.alloc(32, 9), iv, Buffer.from('odd length text!!')));
const d = crypto.createDecipheriv('aes-128-ctr', key, iv);
console.log('ctr dec', d.update(Buffer.from(enc('aes-128-ctr', key, iv, pt), 'hex')).equals(pt), d.final().length);
const e = crypto.createDecipheriv('aes-128-ecb', key, null);
console.log('ecb dec', Buffer.concat([e.update(Buffer.from(enc('aes-128-ecb', key, null, pt), 'hex')), e.final()]).equals(pt));
