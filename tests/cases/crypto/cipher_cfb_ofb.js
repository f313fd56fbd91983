'use strict';
const crypto = require('crypto');
const plain = Buffer.from('The quick brown fox jumps over the lazy dog');
for (const name of ['des-ede-cfb', 'des-ede-ofb', 'des-ede3-cfb8', 'des-ede3-cfb', 'des-ede3-ofb', 'aes-128-cfb', 'aes-256-cfb8', 'aes-192-ofb', 'id-aes128-wrap-pad']) {
  const info = crypto.getCipherInfo(name);
  const key = Buffer.alloc(info.keyLength, 0x2a);
  const iv = name.includes('wrap') ? null : Buffer.alloc(info.ivLength, 7);
  let c;
  try { c = crypto.createCipheriv(name, key, iv); } catch (e) { console.log(name, e.code); continue; }
  const ct = Buffer.concat([c.update(plain.subarray(0, 13)), c.update(plain.subarray(13)), c.final()]);
  const d = crypto.createDecipheriv(name, key, iv);
  const back = Buffer.concat([d.update(ct), d.final()]);
  console.log(name, JSON.stringify(info), ct.toString('hex'), back.equals(plain), crypto.getCiphers().includes(name));
}
const kw = crypto.createCipheriv('id-aes128-wrap-pad', Buffer.alloc(16, 1), Buffer.from('a65959a6', 'hex'));
console.log('wrap-pad', Buffer.concat([kw.update(Buffer.from('hello')), kw.final()]).toString('hex'));
