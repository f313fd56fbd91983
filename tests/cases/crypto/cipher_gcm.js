const crypto = require('node:crypto');
const key = Buffer.from('feffe9928665731c6d6a8f9467308308', 'hex');
const iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const pt = Buffer.from('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39', 'hex');
const aad = Buffer.from('feedfacedeadbeeffeedfacedeadbeefabaddad2', 'hex');
const c = crypto.createCipheriv('aes-128-gcm', key, iv);
c.setAAD(aad);
const ct = Buffer.concat([c.update(pt.subarray(0, 10)), c.update(pt.subarray(10)), c.final()]);
const tag = c.getAuthTag();
console.log(ct.toString('hex'));
console.log(tag.toString('hex'));
const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
d.setAAD(aad);
d.setAuthTag(tag);
console.log(Buffer.concat([d.update(ct), d.final()]).equals(pt));
const bad = crypto.createDecipheriv('aes-128-gcm', key, iv);
bad.setAAD(aad);
bad.setAuthTag(Buffer.alloc(16));
bad.update(ct);
try { bad.final(); } catch (e) { console.log('bad tag', e.name, e.code, e.message); }
// Non-96-bit IV and short tags
for (const ivLen of [8, 16, 60]) {
  const v = Buffer.alloc(ivLen, 3);
  const x = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32, 1), v, { authTagLength: 12 });
  const out = Buffer.concat([x.update('some plaintext here'), x.final()]);
  const t = x.getAuthTag();
  const y = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32, 1), v, { authTagLength: 12 });
  y.setAuthTag(t);
  console.log(ivLen, out.toString('hex'), t.toString('hex'), y.update(out, undefined, 'utf8') + y.final('utf8'));
}
const s = crypto.createCipheriv('aes-192-gcm', Buffer.alloc(24, 5), Buffer.alloc(12, 6));
s.final();
console.log('empty tag', s.getAuthTag().toString('hex'));
const u = crypto.createDecipheriv('aes-128-gcm', key, iv);
u.setAuthTag(tag.subarray(0, 8));
u.setAAD(aad);
u.update(ct);
try { u.final(); console.log('short tag ok'); } catch (e) { console.log('short tag', e.message); }
