const crypto = require('node:crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'ripemd160', 'RSA-SHA256']) {
  console.log(alg, crypto.createHmac(alg, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
}
console.log(crypto.createHmac('sha256', '').update('').digest('hex'));
console.log(crypto.createHmac('sha256', 'k'.repeat(64)).update('x').digest('base64'));
console.log(crypto.createHmac('sha256', 'k'.repeat(65)).update('x').digest('base64'));
console.log(crypto.createHmac('sha512', 'k'.repeat(129)).update('x').digest('base64url'));
console.log(crypto.createHmac('sha256', Buffer.from([0, 1, 2])).update('a').update('b').digest('latin1').length);
console.log(crypto.createHmac('sha1', new Uint8Array([1, 2, 3]).buffer).digest('hex'));
console.log(crypto.createHmac('sha1', crypto.createSecretKey(Buffer.from('key'))).update('m').digest('hex'));
console.log(crypto.createHmac('sha1', 'key').update('m').digest('hex'));
console.log(crypto.Hmac('md5', 'a').digest('hex'), crypto.createHmac('md5', 'a') instanceof crypto.Hmac);
