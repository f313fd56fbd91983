const crypto = require('node:crypto');
// The public-key APIs exist (wqnode implements them as stubs that throw
// ERR_METHOD_NOT_IMPLEMENTED); only their presence is compared here.
for (const name of ['createSign', 'createVerify', 'sign', 'verify', 'generateKeyPair', 'generateKeyPairSync',
  'createPrivateKey', 'createPublicKey', 'createECDH', 'createDiffieHellman', 'createDiffieHellmanGroup',
  'getDiffieHellman', 'diffieHellman', 'publicEncrypt', 'publicDecrypt', 'privateEncrypt', 'privateDecrypt',
  'generatePrime', 'generatePrimeSync', 'checkPrime', 'checkPrimeSync', 'X509Certificate', 'Certificate',
  'DiffieHellman', 'DiffieHellmanGroup', 'ECDH', 'Sign', 'Verify', 'KeyObject']) {
  console.log(name, typeof crypto[name]);
}
