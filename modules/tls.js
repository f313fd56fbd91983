'use strict';
// tls is not implemented in wqnode yet: the module loads, and its APIs
// throw ERR_NOT_IMPLEMENTED naming themselves.
const { stubModule } = require('internal/not_implemented');
module.exports = stubModule('tls', { functions: ['connect','createServer','createSecureContext','checkServerIdentity','getCiphers'], classes: ['Server','TLSSocket','SecureContext'] });
