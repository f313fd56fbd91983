'use strict';
const crypto = require('crypto');

// DSA: generation, details, PKCS#8/SPKI round trips, signatures.
const { publicKey, privateKey } = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
console.log(publicKey.asymmetricKeyType, privateKey.asymmetricKeyType, publicKey.asymmetricKeyDetails);
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
console.log(pem.split('\n')[0]);
const again = crypto.createPrivateKey(pem);
console.log(again.equals(privateKey), crypto.createPublicKey(again).equals(publicKey));
const spki = publicKey.export({ type: 'spki', format: 'der' });
console.log(crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }).equals(publicKey));
for (const dsaEncoding of ['der', 'ieee-p1363']) {
  const sig = crypto.sign('sha256', Buffer.from('hello'), { key: privateKey, dsaEncoding });
  if (dsaEncoding === 'ieee-p1363') console.log('p1363 length', sig.length);
  console.log(dsaEncoding, crypto.verify('sha256', Buffer.from('hello'), { key: publicKey, dsaEncoding }, sig),
              crypto.verify('sha256', Buffer.from('hellO'), { key: publicKey, dsaEncoding }, sig));
}
const s = crypto.createSign('DSS1').update('x').sign(privateKey);
console.log('dss1', crypto.createVerify('sha1').update('x').verify(publicKey, s));
try { privateKey.export({ format: 'jwk' }); } catch (e) { console.log(e.code, e.message); }

// DH keys: a MODP group, a given prime, agreement, mismatched groups.
const a = crypto.generateKeyPairSync('dh', { group: 'modp14' });
const b = crypto.generateKeyPairSync('dh', { prime: crypto.getDiffieHellman('modp14').getPrime() });
console.log(a.privateKey.asymmetricKeyType, a.publicKey.asymmetricKeyDetails);
const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
console.log(s1.length, s1.equals(s2));
const dhPem = a.privateKey.export({ type: 'pkcs8', format: 'pem' });
console.log(crypto.createPrivateKey(dhPem).equals(a.privateKey));
const c = crypto.generateKeyPairSync('dh', { group: 'modp15' });
try { crypto.diffieHellman({ privateKey: a.privateKey, publicKey: c.publicKey }); } catch (e) { console.log(e.code, e.reason, e.library); }
const x = crypto.generateKeyPairSync('x25519');
try { crypto.diffieHellman({ privateKey: a.privateKey, publicKey: x.publicKey }); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPairSync('dh', { group: 'modp14', prime: Buffer.alloc(8) }); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPairSync('dh', {}); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPairSync('dh', { group: 'nope' }); } catch (e) { console.log(e.code, e.message); }
crypto.generateKeyPair('dsa', { modulusLength: 1024 }, (err, pub, priv) => {
  console.log('async', err, pub.asymmetricKeyDetails);
});
