'use strict';
// http2 is not implemented in wqnode yet: the module loads, and its APIs
// throw ERR_NOT_IMPLEMENTED naming themselves.
const { stubModule } = require('internal/not_implemented');
module.exports = stubModule('http2', { functions: ['createServer','createSecureServer','connect','getDefaultSettings','getPackedSettings','getUnpackedSettings'], classes: ['Http2ServerRequest','Http2ServerResponse'] });
