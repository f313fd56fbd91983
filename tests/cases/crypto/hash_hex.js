const crypto = require('node:crypto');
const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'héllo wörld ✓', 'a'.repeat(1000)];
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160']) {
  for (const s of inputs) console.log(alg, JSON.stringify(s.slice(0, 12)), crypto.createHash(alg).update(s).digest('hex'));
}
