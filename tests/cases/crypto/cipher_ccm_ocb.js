'use strict';
const crypto = require('crypto');
const key = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const aad = Buffer.from('feedfacedeadbeef', 'hex');

for (const [algo, ivLen, tagLen] of [['aes-128-ccm', 12, 16], ['aes-128-ccm', 7, 4], ['aes-128-ccm', 13, 10],
  ['aes-128-ocb', 12, 16], ['aes-128-ocb', 1, 8], ['aes-128-ocb', 15, 12]]) {
  const iv = Buffer.alloc(ivLen, 7);
  for (const plain of [Buffer.alloc(0), Buffer.from('hello'), Buffer.alloc(37, 'x'), Buffer.alloc(48, 'y')]) {
    const c = crypto.createCipheriv(algo, key, iv, { authTagLength: tagLen });
    c.setAAD(aad, { plaintextLength: plain.length });
    const ct = Buffer.concat([c.update(plain), c.final()]);
    const tag = c.getAuthTag();
    console.log(algo, ivLen, plain.length, ct.toString('hex'), tag.toString('hex'));
    const d = crypto.createDecipheriv(algo, key, iv, { authTagLength: tagLen });
    d.setAuthTag(tag);
    d.setAAD(aad, { plaintextLength: plain.length });
    console.log(' ok', Buffer.concat([d.update(ct), d.final()]).equals(plain));
    const bad = Buffer.from(tag);
    bad[0] ^= 1;
    const e = crypto.createDecipheriv(algo, key, iv, { authTagLength: tagLen });
    e.setAuthTag(bad);
    e.setAAD(aad, { plaintextLength: plain.length });
    try { e.update(ct); e.final(); console.log(' tampered accepted'); } catch (err) { console.log(' tampered', err.message); }
  }
}
console.log(crypto.getCipherInfo('aes-256-ccm'), crypto.getCipherInfo('aes-192-ocb'));
console.log([6, 7, 13, 14].map((n) => !!crypto.getCipherInfo('aes-128-ccm', { ivLength: n })));
console.log([0, 1, 15, 16].map((n) => !!crypto.getCipherInfo('aes-128-ocb', { ivLength: n })));
const tries = [
  () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12)),
  () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: 5 }),
  () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: -1 }),
  () => crypto.createCipheriv('aes-128-ocb', key, Buffer.alloc(16), { authTagLength: 16 }),
  () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: 8 }).setAAD(aad),
  () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(13), { authTagLength: 8 }).update(Buffer.alloc(65536)),
  () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: 8 }).final(),
  () => { const c = crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: 8 }); c.update('a'); c.update('b'); },
  () => { const c = crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: 8 }); c.update('a'); c.getAuthTag(); },
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(crypto.getCiphers().filter((n) => /ccm|ocb/i.test(n) && !/aria/.test(n)));
