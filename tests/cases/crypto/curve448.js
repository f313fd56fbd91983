'use strict';
const crypto = require('crypto');
// RFC 8032's "blank" Ed448 key and RFC 7748's X448 vector, as JWKs.
const b64 = (h) => Buffer.from(h, 'hex').toString('base64url');
const ed = crypto.createPrivateKey({ format: 'jwk', key: {
  kty: 'OKP', crv: 'Ed448',
  d: b64('6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b'),
  x: b64('5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180'),
} });
console.log(ed.asymmetricKeyType, ed.asymmetricKeyDetails);
console.log(ed.export({ type: 'pkcs8', format: 'der' }).toString('hex'));
const edPub = crypto.createPublicKey(ed);
console.log(edPub.export({ type: 'spki', format: 'pem' }));
const sig = crypto.sign(null, Buffer.alloc(0), ed);
console.log(sig.toString('hex'));
console.log(crypto.verify(null, Buffer.alloc(0), edPub, sig), crypto.verify(null, Buffer.from('x'), edPub, sig));
console.log(JSON.stringify(ed.export({ format: 'jwk' })));
try { crypto.sign('sha256', Buffer.alloc(1), ed); } catch (e) { console.log(e.code); }

const a = crypto.generateKeyPairSync('x448');
const b = crypto.generateKeyPairSync('x448');
const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
console.log(s1.length, s1.equals(s2), a.publicKey.asymmetricKeyType, a.publicKey.asymmetricKeyDetails);
const pem = a.privateKey.export({ type: 'pkcs8', format: 'pem' });
console.log(crypto.createPrivateKey(pem).equals(a.privateKey), crypto.createPublicKey(pem).equals(a.publicKey));
const x = crypto.generateKeyPairSync('x25519');
try { crypto.diffieHellman({ privateKey: a.privateKey, publicKey: x.publicKey }); } catch (e) { console.log(e.code, e.message); }
const g = crypto.generateKeyPairSync('ed448');
const m = Buffer.from('message');
console.log(crypto.verify(null, m, g.publicKey, crypto.sign(null, m, g.privateKey)));
const jwk = g.privateKey.export({ format: 'jwk' });
console.log(Object.keys(jwk).join(), crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(g.privateKey));
