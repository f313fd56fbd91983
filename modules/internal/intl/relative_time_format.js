'use strict';
// Intl.RelativeTimeFormat.

const { defineProto, getOption, resolveLocale, slots, supportedLocalesOf, toOptions, unwrap } = require('internal/intl/common');
const { formatNumberParts, initNumberFormat, joinParts } = require('internal/intl/number');
const { rtAuto, rtNarrow, rtShort, rtUnits } = require('internal/intl/collator');

function RelativeTimeFormat(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
  const C = 'RelativeTimeFormat';
  const locale = resolveLocale(locales);
  const o = toOptions(options, C);
  getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
  const nu = getOption(o, 'numberingSystem', 'string', undefined, undefined, C);
  if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError('Invalid numberingSystem : ' + nu);
  const style = getOption(o, 'style', 'string', ['long', 'short', 'narrow'], 'long', C);
  const numeric = getOption(o, 'numeric', 'string', ['always', 'auto'], 'always', C);
  const obj = Object.create(new.target.prototype);
  slots.set(obj, { kind: 'RelativeTimeFormat', locale, style, numeric, nf: initNumberFormat(undefined, undefined) });
  return obj;
}
function rtParts(s, value, unit) {
  value = Number(value);
  unit = String(unit);
  const u = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  if (!rtUnits.includes(u)) {
    throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '${unit}'`);
  }
  if (!Number.isFinite(value)) throw new RangeError('Value need to be finite number for Intl.RelativeTimeFormat.prototype.format()');
  if (s.numeric === 'auto') {
    const key = Object.is(value, -0) ? 0 : value;
    let word;
    if (rtAuto[u] && rtAuto[u][key] !== undefined) word = rtAuto[u][key];
    else if ((key === -1 || key === 0 || key === 1) && !rtAuto[u]) {
      const nm = s.style === 'long' ? u : { week: 'wk.', month: 'mo.', quarter: 'qtr.', year: 'yr.' }[u];
      word = (key === -1 ? 'last ' : key === 0 ? 'this ' : 'next ') + nm;
    }
    if (word !== undefined) return [{ type: 'literal', value: word }];
  }
  const neg = value < 0 || Object.is(value, -0);
  const numParts = formatNumberParts(s.nf, Math.abs(value)).map((p) => ({ type: p.type, value: p.value, unit: u }));
  const numStr = joinParts(numParts);
  const one = numStr === '1';
  let label;
  if (s.style === 'long') label = ' ' + u + (one ? '' : 's');
  else if (s.style === 'short') label = ' ' + rtShort[u][one ? 0 : 1];
  else label = rtNarrow[u];
  if (neg) return [...numParts, { type: 'literal', value: label + ' ago' }];
  return [{ type: 'literal', value: 'in ' }, ...numParts, ...(label ? [{ type: 'literal', value: label }] : [])];
}
defineProto(RelativeTimeFormat.prototype, 'Intl.RelativeTimeFormat', {
  format(value, unit) {
    return joinParts(rtParts(unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.format'), value, unit));
  },
  formatToParts(value, unit) {
    return rtParts(unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.formatToParts'), value, unit);
  },
  resolvedOptions() {
    const s = unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
    return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: 'latn' };
  },
});
Object.defineProperty(RelativeTimeFormat, 'supportedLocalesOf', {
  value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
});

// ---- ListFormat ----

module.exports = {
  RelativeTimeFormat,
  rtParts,
};
