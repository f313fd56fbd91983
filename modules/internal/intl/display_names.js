'use strict';
// Intl.DisplayNames.

const { canonicalizeTag, defineProto, getOption, resolveLocale, slots, supportedLocalesOf, toOptions, unwrap } = require('internal/intl/common');
const { currencyData } = require('internal/intl/number');
const { dnLang, dnRegion, dnScript } = require('internal/intl/segmenter');

function DisplayNames(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
  const C = 'DisplayNames';
  const locale = resolveLocale(locales);
  if (options === undefined) throw new TypeError('invalid_argument');
  const o = toOptions(options, C);
  getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
  const style = getOption(o, 'style', 'string', ['narrow', 'short', 'long'], 'long', C);
  const type = getOption(o, 'type', 'string', ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined, C);
  if (type === undefined) throw new TypeError('invalid_argument');
  const fallback = getOption(o, 'fallback', 'string', ['code', 'none'], 'code', C);
  const languageDisplay = getOption(o, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect', C);
  const obj = Object.create(new.target.prototype);
  slots.set(obj, { kind: 'DisplayNames', locale, style, type, fallback, languageDisplay });
  return obj;
}
defineProto(DisplayNames.prototype, 'Intl.DisplayNames', {
  of(code) {
    const s = unwrap(this, 'DisplayNames', 'Intl.DisplayNames.prototype.of');
    if (code === undefined) throw new TypeError('invalid_argument');
    let c = String(code);
    let name;
    switch (s.type) {
      case 'region':
        if (!/^([a-zA-Z]{2}|\d{3})$/.test(c)) throw new RangeError('invalid_argument');
        name = dnRegion[c]; break;
      case 'language':
        c = canonicalizeTag(c); name = dnLang[c] || dnLang[c.split('-')[0]]; break;
      case 'script':
        if (!/^[a-zA-Z]{4}$/.test(c)) throw new RangeError('invalid_argument');
        c = c[0].toUpperCase() + c.slice(1).toLowerCase(); name = dnScript[c]; break;
      case 'currency':
        if (!/^[a-zA-Z]{3}$/.test(c)) throw new RangeError('invalid_argument');
        c = c.toUpperCase();
        name = currencyData[c] && currencyData[c][2].replace(/^./, (x) => x.toUpperCase()).replace(/\b(dollar|pound|yen|yuan|rupee|peso|real|won|franc|krona|ruble|dong)\b/, (w) => w[0].toUpperCase() + w.slice(1));
        break;
      default:
        name = undefined;
    }
    if (name === undefined) return s.fallback === 'code' ? c : undefined;
    return name;
  },
  resolvedOptions() {
    const s = unwrap(this, 'DisplayNames', 'Intl.DisplayNames.prototype.resolvedOptions');
    const r = { locale: s.locale, style: s.style, type: s.type, fallback: s.fallback };
    if (s.type === 'language') r.languageDisplay = s.languageDisplay;
    return r;
  },
});
Object.defineProperty(DisplayNames, 'supportedLocalesOf', {
  value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
});

// ---- Locale ----

module.exports = {
  DisplayNames,
};
