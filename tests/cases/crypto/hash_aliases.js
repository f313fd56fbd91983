const crypto = require('node:crypto');
for (const a of ['SHA256', 'sha-256', 'SHA-256', 'sha2-256', 'RSA-SHA256', 'rsa-sha256', 'sha256WithRSAEncryption',
  'RSA-MD5', 'md5WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1', 'RSA-SHA1-2', 'sha-1', 'SHA1', 'RSA-SHA512/256', 'sha512-256WithRSAEncryption',
  'SHA3-256', 'RSA-SHA3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-512', 'ripemd', 'rmd160', 'RSA-RIPEMD160', 'ripemd160WithRSA', 'Sha512']) {
  try {
    console.log(a, crypto.createHash(a).update('alias').digest('hex'));
  } catch (e) { console.log(a, e.name, e.code, e.message); }
}
