const crypto = require('node:crypto');
const hashes = crypto.getHashes();
console.log(Array.isArray(hashes));
for (const h of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'shake256', 'ripemd160'])
  console.log(h, hashes.includes(h));
console.log(hashes === crypto.getHashes());
for (const h of hashes) {
  if (!/sm3|blake|md5-sha1/i.test(h)) crypto.createHash(h);
}
console.log('all usable');
