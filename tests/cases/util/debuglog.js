'use strict';
// NODE_DEBUG is not set for this test, so every logger is disabled.
const util = require('node:util');

let cbArg;
const log = util.debuglog('mysection', (fn) => {
  cbArg = fn;
});
console.log('typeof', typeof log, 'enabled', log.enabled);
const desc = Object.getOwnPropertyDescriptor(log, 'enabled');
console.log('enabled accessor', typeof desc.get, desc.enumerable, desc.configurable);
console.log('callback before use', cbArg === undefined);
log('hello %s', 'world');
console.log('callback after use', typeof cbArg, cbArg !== log);
log('again');
console.log('debug alias', util.debug === util.debuglog);
const other = util.debug('another');
console.log('other enabled', other.enabled);
other('nothing printed');
