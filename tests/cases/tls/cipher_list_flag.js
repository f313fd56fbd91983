'use strict';
// --tls-cipher-list sets both default lists; in -p the crypto global is
// the module.
const { spawnSync } = require('node:child_process');
const run = (args) => spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout.trim();
console.log(run(['--tls-cipher-list=ABC', '-p', 'crypto.constants.defaultCipherList + "|" + tls.DEFAULT_CIPHERS']));
console.log(run(['--tls-cipher-list', 'X:Y', '-p', 'require("tls").DEFAULT_CIPHERS']));
console.log(run(['-p', 'crypto === require("crypto")']));
console.log(run(['-p', 'tls.DEFAULT_CIPHERS === crypto.constants.defaultCoreCipherList']));
