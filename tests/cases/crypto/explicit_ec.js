'use strict';
const crypto = require('crypto');
const pem = `-----BEGIN EC PRIVATE KEY-----
MIIBaAIBAQQgTwL2DdL8wbKmtfXFVMgyGDr3YBRyEhq5Nn4WXSH19RGggfowgfcC
AQEwLAYHKoZIzj0BAQIhAP////8AAAABAAAAAAAAAAAAAAAA////////////////
MFsEIP////8AAAABAAAAAAAAAAAAAAAA///////////////8BCBaxjXYqjqT57Pr
vVV2mIa8ZR0GsMxTsPY7zjw+J9JgSwMVAMSdNgiG5wSTamZ44ROdJreBn36QBEEE
axfR8uEsQkf4vOblY6RA8ncDfYEt6zOg9KE5RdiYwpZP40Li/hp/m47n60p8D54W
K84zV2sxXs7LtkBoN79R9QIhAP////8AAAAA//////////+85vqtpxeehPO5ysL8
YyVRAgEBoUQDQgAETfRy8erNv7gdnHV/gne+CArbBPt97whCWtzJeEVjPJLa3Typ
q94tPZNlG3QliOECchejj8DPdn5ATGJB4LOTbw==
-----END EC PRIVATE KEY-----`;
const k = crypto.createPrivateKey(pem);
console.log(k.asymmetricKeyType, k.asymmetricKeyDetails);
console.log(k.export({ type: 'sec1', format: 'pem' }) === pem.trim() + '\n');
console.log(k.export({ type: 'sec1', format: 'der' }).toString('hex'));
console.log(k.export({ type: 'pkcs8', format: 'der' }).toString('hex'));
console.log(crypto.createPublicKey(k).export({ type: 'spki', format: 'der' }).toString('hex'));
console.log(JSON.stringify(k.export({ format: 'jwk' })));

for (const namedCurve of ['P-224', 'P-256', 'P-384', 'P-521']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve, paramEncoding: 'explicit' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const sec1 = privateKey.export({ type: 'sec1', format: 'der' });
  const back = crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' });
  const sig = crypto.sign('sha256', Buffer.from('x'), crypto.createPrivateKey({ key: sec1, format: 'der', type: 'sec1' }));
  console.log(namedCurve, spki.length, sec1.length, back.equals(publicKey), crypto.verify('sha256', Buffer.from('x'), back, sig));
}
