'use strict';
// tls is not implemented in wqnode yet: the module loads, and its APIs
// throw ERR_NOT_IMPLEMENTED naming themselves.
const { stubModule } = require('internal/not_implemented');
const net = require('net');
// TLSSocket and Server extend net's, as Node's do (code checks the chain).
module.exports = stubModule('tls', { functions: ['connect','createServer','createSecureContext','checkServerIdentity','getCiphers'], classes: [['Server', net.Server], ['TLSSocket', net.Socket], 'SecureContext'] });
