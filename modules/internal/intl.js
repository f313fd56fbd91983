'use strict';
// A compact, English-only Intl for engines built without one (QuickJS).
// Every locale formats as en-US; resolvedOptions().locale reports the
// requested tag when it is English ('en', 'en-*'), else 'en-US'.
// install(globalThis) is cheap: the Intl object is built on first access and
// the locale-sensitive methods of Number/BigInt/Date/String/Array build what
// they need on first call. The implementation is one module per constructor
// under internal/intl/ (common: slots, locales, options; index: the Intl
// object).

let intlImpl;
function impl() {
  if (intlImpl === undefined) intlImpl = require('internal/intl/index');
  return intlImpl;
}

function install(g) {
  const { defineMethod } = require('internal/intl/common');
  if (g.Intl !== undefined) return;
  let cached;
  Object.defineProperty(g, 'Intl', {
    get() {
      if (cached === undefined) cached = impl().Intl;
      return cached;
    },
    set(v) {
      Object.defineProperty(g, 'Intl', { value: v, writable: true, enumerable: false, configurable: true });
    },
    enumerable: false,
    configurable: true,
  });
  const m = {
    toLocaleString() {
      return impl().numberToLocaleString(this, arguments[0], arguments[1]);
    },
  };
  const b = {
    toLocaleString() {
      return impl().bigintToLocaleString(this, arguments[0], arguments[1]);
    },
  };
  const d = {
    toLocaleString() {
      return impl().dateToLocale(this, arguments[0], arguments[1], 'any', 'all');
    },
    toLocaleDateString() {
      return impl().dateToLocale(this, arguments[0], arguments[1], 'date', 'date');
    },
    toLocaleTimeString() {
      return impl().dateToLocale(this, arguments[0], arguments[1], 'time', 'time');
    },
  };
  const s = {
    localeCompare(that) {
      if (this === null || this === undefined) {
        throw new TypeError('String.prototype.localeCompare called on null or undefined');
      }
      return impl().localeCompare(String(this), String(that), arguments[1], arguments[2]);
    },
  };
  const a = {
    toLocaleString() {
      const o = Object(this);
      const len = Math.min(Math.max(Math.trunc(Number(o.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
      let r = '';
      for (let i = 0; i < len; i++) {
        if (i > 0) r += ',';
        const e = o[i];
        if (e !== undefined && e !== null) r += String(e.toLocaleString(arguments[0], arguments[1]));
      }
      return r;
    },
  };
  defineMethod(Number.prototype, 'toLocaleString', m.toLocaleString);
  if (typeof BigInt === 'function') defineMethod(BigInt.prototype, 'toLocaleString', b.toLocaleString);
  defineMethod(Date.prototype, 'toLocaleString', d.toLocaleString);
  defineMethod(Date.prototype, 'toLocaleDateString', d.toLocaleDateString);
  defineMethod(Date.prototype, 'toLocaleTimeString', d.toLocaleTimeString);
  defineMethod(String.prototype, 'localeCompare', s.localeCompare);
  defineMethod(Array.prototype, 'toLocaleString', a.toLocaleString);
}

module.exports = { install, _impl: impl };
