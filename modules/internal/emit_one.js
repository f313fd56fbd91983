'use strict';
// emitOne(ee, type, arg) is ee.emit(type, arg) for the builtins' hot paths
// (a stream's 'data'): when ee's emit is EventEmitter's own it dispatches
// without building emit's rest array. Filled in by events.js, which every
// user of this module has loaded first.

module.exports = { __proto__: null, emitOne: null };
