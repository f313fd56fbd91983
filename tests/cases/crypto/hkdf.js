const crypto = require('node:crypto');
const t = (label, f) => { try { const r = f(); console.log(label, 'ok', r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : r); } catch (e) { console.log(label, e.name, e.code, e.message); } };
// RFC 5869 test case 1
const ikm = Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex');
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
t('rfc1', () => crypto.hkdfSync('sha256', ikm, salt, info, 42));
t('empty salt', () => crypto.hkdfSync('sha256', ikm, '', '', 42));
t('sha1', () => crypto.hkdfSync('sha1', 'key', 'salt', 'info', 30));
t('sha512 strs', () => crypto.hkdfSync('sha512', 'k', 's', 'i', 100));
t('len 0', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0));
t('max', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);
t('too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
t('bad digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 10));
t('bad ikm', () => crypto.hkdfSync('sha256', 1, 's', 'i', 10));
t('bad salt', () => crypto.hkdfSync('sha256', 'k', 1, 'i', 10));
t('bad len', () => crypto.hkdfSync('sha256', 'k', 's', 'i', '10'));
t('big info', () => crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1025), 10));
t('empty ikm', () => crypto.hkdfSync('sha256', '', 's', 'i', 10));
t('key object', () => crypto.hkdfSync('sha256', crypto.createSecretKey(Buffer.from('k')), 's', 'i', 10));
crypto.hkdf('sha256', ikm, salt, info, 42, (err, ab) => {
  console.log('async', err, ab instanceof ArrayBuffer, Buffer.from(ab).toString('hex'));
});
