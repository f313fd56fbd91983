'use strict';
// The public `console` module: the global console object (the one the
// runtime created with internal/console's createGlobalConsole), which carries
// the Console class as `.Console`.

const internal = require('internal/console');

let con = internal.globalConsole;
if (con === undefined) {
  con = globalThis.console;
  if (con === null || typeof con !== 'object' || typeof con.log !== 'function') {
    con = internal.createGlobalConsole({ write() {} }, { write() {} });
  }
}
if (con.Console === undefined) {
  Object.defineProperty(con, 'Console', {
    value: internal.Console, writable: true, enumerable: true, configurable: true,
  });
}

module.exports = con;
