'use strict';
// http2.constants is Node's table (undici destructures it at load); what
// is not implemented throws ERR_NOT_IMPLEMENTED.
const http2 = require('http2');
const { constants } = http2;
console.log(Object.keys(http2).sort().join(' '));
console.log(Object.keys(constants).length);
for (const [k, v] of Object.entries(constants)) console.log(k, JSON.stringify(v));
const { HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH, HTTP2_HEADER_SCHEME,
  HTTP2_HEADER_CONTENT_LENGTH, HTTP2_HEADER_EXPECT, HTTP2_HEADER_STATUS } = constants;
console.log(HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH, HTTP2_HEADER_SCHEME,
  HTTP2_HEADER_CONTENT_LENGTH, HTTP2_HEADER_EXPECT, HTTP2_HEADER_STATUS);
console.log(http2.getDefaultSettings());
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
