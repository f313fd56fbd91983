const crypto = require('node:crypto');
const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const iv = Buffer.from('0f0e0d0c0b0a09080706050403020100', 'hex');
for (const bits of [128, 192, 256]) {
  for (const text of ['', 'a', 'exactly 16 bytes', 'a somewhat longer message spanning blocks']) {
    const c = crypto.createCipheriv(`aes-${bits}-cbc`, key.subarray(0, bits / 8), iv);
    const ct = Buffer.concat([c.update(text, 'utf8'), c.final()]);
    const d = crypto.createDecipheriv(`aes-${bits}-cbc`, key.subarray(0, bits / 8), iv);
    const pt = d.update(ct, undefined, 'utf8') + d.final('utf8');
    console.log(bits, ct.toString('hex'), pt === text);
  }
}
const c = crypto.createCipheriv('aes128', key.subarray(0, 16), iv);
let out = c.update('abc', 'utf8', 'base64');
out += c.update('defghijklmnopqrstuvwxyz', 'utf8', 'base64');
out += c.final('base64');
console.log('base64', out);
const d = crypto.createDecipheriv('aes-128-cbc', key.subarray(0, 16), iv);
console.log('pieces', d.update(out.slice(0, 8), 'base64', 'hex'), d.update(out.slice(8), 'base64', 'hex'), d.final('hex'));
const np = crypto.createCipheriv('aes-128-cbc', key.subarray(0, 16), iv).setAutoPadding(false);
console.log('nopad', Buffer.concat([np.update(Buffer.alloc(32, 7)), np.final()]).toString('hex'));
