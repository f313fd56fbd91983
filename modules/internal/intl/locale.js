'use strict';
// Intl.Locale.

const { canonicalizeTag, defineProto, getOption, slots, toOptions, unwrap } = require('internal/intl/common');
const { currencyData } = require('internal/intl/number');

function Locale(tag, options) {
  if (!new.target) throw new TypeError("Constructor Intl.Locale requires 'new'");
  if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
    throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
  }
  let t = canonicalizeTag(tag);
  const o = toOptions(options);
  const parsed = parseTag(t);
  const C = 'Locale';
  const lang = getOption(o, 'language', 'string', undefined, undefined, C);
  const script = getOption(o, 'script', 'string', undefined, undefined, C);
  const region = getOption(o, 'region', 'string', undefined, undefined, C);
  if (lang !== undefined) parsed.language = lang.toLowerCase();
  if (script !== undefined) parsed.script = script[0].toUpperCase() + script.slice(1).toLowerCase();
  if (region !== undefined) parsed.region = region.toUpperCase();
  const kw = { ca: 'calendar', co: 'collation', hc: 'hourCycle', kf: 'caseFirst', kn: 'numeric', nu: 'numberingSystem' };
  for (const [k, name] of Object.entries(kw)) {
    let v = o[name];
    if (v !== undefined) {
      v = k === 'kn' ? String(Boolean(v)) : String(v);
      parsed.keywords[k] = v;
    }
  }
  const obj = Object.create(new.target.prototype);
  slots.set(obj, { kind: 'Locale', tag: buildTag(parsed), parsed });
  return obj;
}
function parseTag(t) {
  const parts = t.split('-');
  const r = { language: parts[0], script: undefined, region: undefined, variants: [], keywords: {}, rest: '' };
  let i = 1;
  if (parts[i] && parts[i].length === 4) r.script = parts[i++];
  if (parts[i] && (parts[i].length === 2 || /^\d{3}$/.test(parts[i]))) r.region = parts[i++];
  while (parts[i] && parts[i].length > 1) r.variants.push(parts[i++]);
  const rest = [];
  while (i < parts.length) {
    if (parts[i] === 'u') {
      i++;
      while (i < parts.length && parts[i].length > 1 && parts[i].length !== 2) i++;
      while (i < parts.length && parts[i].length === 2) {
        const k = parts[i++];
        const vals = [];
        while (i < parts.length && parts[i].length > 2) vals.push(parts[i++]);
        r.keywords[k] = vals.join('-') || 'true';
      }
    } else {
      rest.push(parts[i++]);
    }
  }
  r.rest = rest.join('-');
  return r;
}
function baseName(p) {
  return [p.language, p.script, p.region, ...p.variants].filter(Boolean).join('-');
}
function buildTag(p) {
  let t = baseName(p);
  const keys = Object.keys(p.keywords).sort();
  if (keys.length) {
    t += '-u';
    for (const k of keys) t += '-' + k + (p.keywords[k] === 'true' ? '' : '-' + p.keywords[k]);
  }
  if (p.rest) t += '-' + p.rest;
  return t;
}
const likely = { en: ['Latn', 'US'], fr: ['Latn', 'FR'], de: ['Latn', 'DE'], es: ['Latn', 'ES'], it: ['Latn', 'IT'], ja: ['Jpan', 'JP'], zh: ['Hans', 'CN'], ru: ['Cyrl', 'RU'], pt: ['Latn', 'BR'], ko: ['Kore', 'KR'], ar: ['Arab', 'EG'], hi: ['Deva', 'IN'], nl: ['Latn', 'NL'] };
const localeGetters = {
  toString() { return unwrap(this, 'Locale', 'Intl.Locale.prototype.toString').tag; },
  maximize() {
    const s = unwrap(this, 'Locale', 'Intl.Locale.prototype.maximize');
    const p = { ...s.parsed, keywords: { ...s.parsed.keywords } };
    const l = likely[p.language];
    if (l) { p.script = p.script || l[0]; p.region = p.region || l[1]; }
    return new Locale(buildTag(p));
  },
  minimize() {
    const s = unwrap(this, 'Locale', 'Intl.Locale.prototype.minimize');
    const p = { ...s.parsed, keywords: { ...s.parsed.keywords } };
    const l = likely[p.language];
    if (l) {
      if (p.script === l[0]) p.script = undefined;
      if (p.region === l[1] && p.script === undefined) p.region = undefined;
    }
    return new Locale(buildTag(p));
  },
  get language() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.language').parsed.language; },
  get script() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.script').parsed.script; },
  get region() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.region').parsed.region; },
  get baseName() { return baseName(unwrap(this, 'Locale', 'get Intl.Locale.prototype.baseName').parsed); },
  get calendar() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.calendar').parsed.keywords.ca; },
  get caseFirst() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.caseFirst').parsed.keywords.kf; },
  get collation() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.collation').parsed.keywords.co; },
  get hourCycle() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.hourCycle').parsed.keywords.hc; },
  get numeric() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.numeric').parsed.keywords.kn === 'true'; },
  get numberingSystem() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.numberingSystem').parsed.keywords.nu; },
};
defineProto(Locale.prototype, 'Intl.Locale', localeGetters);

// ---- Intl ----

const supportedValues = {
  calendar: ['gregory'],
  collation: ['default'],
  currency: Object.keys(currencyData).sort(),
  numberingSystem: ['latn'],
  timeZone: ['UTC'],
  unit: null,
};

module.exports = {
  Locale,
  parseTag,
  baseName,
  buildTag,
  likely,
  localeGetters,
  supportedValues,
};
