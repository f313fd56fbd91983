const crypto = require('node:crypto');
for (const n of ['aes-128-ecb', 'aes-192-ctr', 'aes-256-cbc', 'aes128', 'AES-128-CBC', 'aes-128-gcm', 'id-aes128-gcm', 'aes-192-gcm', 'aes-256-gcm', 'nope'])
  console.log(n, JSON.stringify(crypto.getCipherInfo(n)));
console.log(JSON.stringify(crypto.getCipherInfo('aes-128-gcm', { ivLength: 8 })));
console.log(crypto.getCipherInfo('aes-128-cbc', { ivLength: 8 }), crypto.getCipherInfo('aes-128-cbc', { keyLength: 8 }));
console.log(JSON.stringify(crypto.getCipherInfo(419)));
const list = crypto.getCiphers();
for (const n of ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'aes-128-ecb', 'aes256']) console.log(n, list.includes(n));
