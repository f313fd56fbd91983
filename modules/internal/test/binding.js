'use strict';
// internal/test/binding (with --expose-internals): the bindings, for
// Node's own tests, with the warning Node gives.

process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

module.exports = { internalBinding, primordials };
