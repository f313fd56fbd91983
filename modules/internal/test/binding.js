'use strict';
// internal/test/binding (with --expose-internals): the bindings, for
// Node's own tests, with the warning Node gives. tcp_wrap and pipe_wrap
// carry the handle classes net uses (internal/net_handles), as Node's do.

process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

const withHandles = { __proto__: null };
function testBinding(name) {
  if (name !== 'tcp_wrap' && name !== 'pipe_wrap') return internalBinding(name);
  if (withHandles[name] === undefined) {
    const h = require('internal/net_handles');
    const b = { __proto__: null, ...internalBinding(name) };
    if (name === 'tcp_wrap') {
      b.TCP = h.TCP;
      b.TCPConnectWrap = h.TCPConnectWrap;
      b.constants = h.TCPConstants;
    } else {
      b.Pipe = h.Pipe;
      b.PipeConnectWrap = h.PipeConnectWrap;
      b.constants = h.PipeConstants;
    }
    withHandles[name] = b;
  }
  return withHandles[name];
}

module.exports = { internalBinding: testBinding, primordials };
