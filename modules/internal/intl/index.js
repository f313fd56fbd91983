'use strict';
// The Intl object, and the entry points of the locale-sensitive builtins.

const { canonicalizeLocaleList, defineMethod } = require('internal/intl/common');
const { NumberFormat, PluralRules, cachedNF, nfFormat, unitNames } = require('internal/intl/number');
const {
  DateTimeFormat, dateToLocale, localZoneName, resolveTimeZone, timeZoneNameText, zoneInfo,
} = require('internal/intl/datetime');
const { Collator, localeCompare } = require('internal/intl/collator');
const { RelativeTimeFormat } = require('internal/intl/relative_time_format');
const { ListFormat } = require('internal/intl/list_format');
const { Segmenter } = require('internal/intl/segmenter');
const { DisplayNames } = require('internal/intl/display_names');
const { Locale, supportedValues } = require('internal/intl/locale');

const Intl = {};
const members = {
  getCanonicalLocales(locales) { return canonicalizeLocaleList(locales); },
  supportedValuesOf(key) {
    const k = String(key);
    if (!Object.prototype.hasOwnProperty.call(supportedValues, k)) throw new RangeError(`Invalid key : ${k}`);
    if (k === 'unit') return unitNames();
    return supportedValues[k].slice();
  },
};
for (const k of Object.keys(members)) defineMethod(Intl, k, members[k]);
const ctors = { DateTimeFormat, NumberFormat, Collator, PluralRules, RelativeTimeFormat, ListFormat, Locale, DisplayNames, Segmenter };
for (const k of Object.keys(ctors)) {
  const C = ctors[k];
  Object.defineProperty(C, 'prototype', { writable: false, enumerable: false, configurable: false });
  Object.defineProperty(C, 'length', { value: k === 'DisplayNames' ? 2 : k === 'Locale' ? 1 : 0 });
  Object.defineProperty(C.prototype, 'constructor', { value: C, writable: true, enumerable: false, configurable: true });
  defineMethod(Intl, k, C);
}
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

module.exports = {
  Intl,
  numberToLocaleString(x, locales, options) {
    const n = Number.prototype.valueOf.call(x);
    return nfFormat(cachedNF(locales, options, 'Number.prototype.toLocaleString'), n);
  },
  bigintToLocaleString(x, locales, options) {
    const n = BigInt.prototype.valueOf.call(x);
    return nfFormat(cachedNF(locales, options, 'BigInt.prototype.toLocaleString'), n);
  },
  dateToLocale,
  localeCompare,
  // Local time for Date (internal/date): the offset in minutes east of
  // UTC at time t in the zone TZ names (UTC when it names none), and the
  // zone's long name then.
  localZoneAt(t, withName) {
    let z;
    try { z = resolveTimeZone(localZoneName()); } catch { z = undefined; }
    if (z === undefined || z.local) z = { name: 'UTC', utc: true };
    const info = zoneInfo(z, t);
    return { off: info.off, name: withName ? timeZoneNameText(z, info, 'long', t < 0 ? 0 : t) : undefined };
  },
};
