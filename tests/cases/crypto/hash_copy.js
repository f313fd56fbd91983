const crypto = require('node:crypto');
const h = crypto.createHash('sha256');
h.update('part one; ');
const copies = [];
for (let i = 0; i < 3; i++) { copies.push(h.copy()); h.update(String(i)); }
console.log(h.digest('hex'));
copies.forEach((c, i) => console.log(i, c.update('tail').digest('hex')));
const s = crypto.createHash('sha3-256').update('x'.repeat(200));
const c = s.copy();
console.log(s.digest('hex') === c.digest('hex'));
const r = crypto.createHash('ripemd160').update('y'.repeat(70));
console.log(r.copy().digest('hex'), r.update('z').digest('hex'));
