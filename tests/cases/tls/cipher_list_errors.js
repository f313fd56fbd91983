'use strict';
// createSecureContext's cipher lists: empty lists, unknown TLS 1.3 suites,
// negations; secureProtocol's version ranges as getProtocol reports them.
const tls = require('node:tls');
for (const c of [':', '::', '', 'AES256-SHA', 'TLS_AES_256_GCM_SHA384', 'nonsense', '!ALL',
  'TLS_FOO', 'TLS_FOO:AES256-SHA', 'HIGH:TLS_FOO', 'TLS_AES_256_GCM_SHA384:TLS_FOO',
  ':TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_8_SHA256', '!TLS_AES_256_GCM_SHA384',
  'TLS_AES_256_GCM_SHA384:!TLS_CHACHA20_POLY1305_SHA256']) {
  try {
    tls.createSecureContext({ ciphers: c });
    console.log(JSON.stringify(c), 'ok');
  } catch (e) {
    console.log(JSON.stringify(c), e.name, e.code, e.message);
  }
}
