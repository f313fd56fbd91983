const crypto = require('node:crypto');
const t = (label, f) => { try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) { console.log(label, e.name, e.code, e.message); } };
// RFC 7914 vectors (small ones)
t('rfc empty', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }));
t('rfc password', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }));
t('defaults', () => crypto.scryptSync('p', 's', 16));
t('aliases', () => crypto.scryptSync('p', 's', 16, { cost: 32, blockSize: 2, parallelization: 2 }));
t('keylen 0', () => crypto.scryptSync('p', 's', 0));
t('N 3', () => crypto.scryptSync('p', 's', 16, { N: 3 }));
t('both', () => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
t('maxmem', () => crypto.scryptSync('p', 's', 16, { N: 16, r: 1, p: 1, maxmem: 10 }));
t('huge N', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }));
t('neg', () => crypto.scryptSync('p', 's', -1));
t('bad pw', () => crypto.scryptSync(1, 's', 16));
t('no cb', () => crypto.scrypt('p', 's', 16));
crypto.scrypt('p', 's', 8, (err, key) => console.log('async', err, key.toString('hex')));
crypto.scrypt('p', 's', 8, { N: 32 }, (err, key) => console.log('async opts', err, key.toString('hex')));
