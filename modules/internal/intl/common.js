'use strict';
// Shared by every constructor: internal slots, locale negotiation (English only), option reading.
function defineMethod(obj, name, fn) {
  Object.defineProperty(obj, name, { value: fn, writable: true, enumerable: false, configurable: true });
}

const NBSP = '\u00a0';
const slots = new WeakMap();

function unwrap(obj, kind, method) {
  const s = (obj !== null && (typeof obj === 'object' || typeof obj === 'function')) ? slots.get(obj) : undefined;
  if (s === undefined || s.kind !== kind) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${describe(obj)}`);
  }
  return s;
}
function describe(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' || typeof v === 'function') {
    const c = v.constructor;
    return `#<${(c && c.name) || 'Object'}>`;
  }
  return String(v);
}

function defineProto(proto, tag, methods) {
  const keys = Object.keys(methods);
  if (keys.includes('resolvedOptions')) keys.sort((a, b) => (b === 'resolvedOptions') - (a === 'resolvedOptions'));
  for (const k of keys) {
    const desc = Object.getOwnPropertyDescriptor(methods, k);
    if (desc.get) Object.defineProperty(proto, k, { get: desc.get, enumerable: false, configurable: true });
    else defineMethod(proto, k, desc.value);
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

// ---- locales ----

const langTagRe = /^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?$/;

function canonicalizeTag(tag) {
  if (typeof tag !== 'string' && (tag === null || typeof tag !== 'object')) {
    throw new TypeError('Language ID should be string or object.');
  }
  if (typeof tag === 'object' && slots.has(tag) && slots.get(tag).kind === 'Locale') return slots.get(tag).tag;
  const s = String(tag);
  const low = s.toLowerCase();
  if (!langTagRe.test(low)) {
    if (/^[a-z0-9-]+-$/.test(low)) throw new RangeError(`Invalid language tag: ${low}`);
    throw new RangeError('Incorrect locale information provided');
  }
  const parts = low.split('-');
  let out = parts[0];
  let i = 1;
  for (; i < parts.length; i++) {
    const p = parts[i];
    if (p.length === 1) break;
    if (i === 1 && p.length === 4 && /^[a-z]+$/.test(p)) out += '-' + p[0].toUpperCase() + p.slice(1);
    else if (p.length === 2 || (p.length === 3 && /^[0-9]+$/.test(p))) out += '-' + p.toUpperCase();
    else out += '-' + p;
  }
  if (i < parts.length) out += '-' + parts.slice(i).join('-');
  return out;
}

function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  const seen = [];
  const list = (typeof locales === 'string' || (typeof locales === 'object' && locales !== null && slots.has(locales)))
    ? [locales] : Object(locales);
  const len = Math.max(0, Math.min(Math.trunc(Number(list.length)) || 0, 2 ** 32));
  for (let k = 0; k < len; k++) {
    if (!(k in list)) continue;
    const t = canonicalizeTag(list[k]);
    if (!seen.includes(t)) seen.push(t);
  }
  return seen;
}

function isEnglish(tag) {
  return tag === 'en' || tag.startsWith('en-');
}
function stripExtensions(tag) {
  const i = tag.search(/-[0-9a-wy-z]-|-x-/);
  return i < 0 ? tag : tag.slice(0, i);
}
// relevant: { key: valid values } of the -u- keywords kept in the result
function resolveLocale(locales, relevant, data) {
  const list = canonicalizeLocaleList(locales);
  for (const t of list) {
    if (!isEnglish(t)) continue;
    let base = stripExtensions(t);
    if (data === 'plural') base = 'en';
    else if (data === 'collator' && base !== 'en-US') base = 'en';
    const m = relevant && /-u((?:-[a-z0-9]{2,8})+)/.exec(t);
    if (m) {
      const sub = m[1].slice(1).split('-');
      let ext = '';
      for (let i = 0; i < sub.length; i++) {
        const k = sub[i];
        if (k.length !== 2 || !relevant[k]) continue;
        const v = i + 1 < sub.length && sub[i + 1].length > 2 ? sub[i + 1] : 'true';
        if (relevant[k].includes(v)) ext += v === 'true' ? `-${k}` : `-${k}-${v}`;
      }
      if (ext) base += '-u' + ext;
    }
    return base;
  }
  return 'en-US';
}
const localeKeys = {
  nu: { nu: ['latn'] },
  dtf: { ca: ['gregory'], hc: ['h11', 'h12', 'h23', 'h24'], nu: ['latn'] },
  co: { kn: ['true', 'false'], kf: ['upper', 'lower', 'false'] },
};
function localeKeyword(locale, key) {
  const m = new RegExp(`-u(?:-[a-z0-9]{2,8})*?-${key}(?:-([a-z0-9]{3,8}))?(?:-|$)`).exec(locale);
  return m ? (m[1] || 'true') : undefined;
}
function supportedLocalesOf(locales, options) {
  const list = canonicalizeLocaleList(locales);
  if (options !== undefined) {
    const o = toOptions(options);
    getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', 'Intl');
  }
  return list.filter((t) => isEnglish(t));
}

// ---- options ----

function toOptions(options, ctor) {
  if (options === undefined) return Object.create(null);
  if (options === null) {
    if (ctor === 'ListFormat' || ctor === 'Segmenter') throw new TypeError('invalid_argument');
    if (ctor === 'NumberFormat' || ctor === 'Collator' || ctor === 'PluralRules' || ctor === 'RelativeTimeFormat') {
      throw new TypeError(`Intl.${ctor} called on null or undefined`);
    }
    throw new TypeError('Cannot convert undefined or null to object');
  }
  return Object(options);
}
function getOption(o, prop, type, values, fallback, ctor) {
  let v = o[prop];
  if (v === undefined) return fallback;
  if (type === 'boolean') v = Boolean(v);
  else v = String(v);
  if (values !== undefined && !values.includes(v)) {
    throw new RangeError(`Value ${v} out of range for ${ctor.includes('.') ? ctor : 'Intl.' + ctor} options property ${prop}`);
  }
  return v;
}
function defaultNumberOption(v, min, max, fallback, prop) {
  if (v === undefined) return fallback;
  v = Number(v);
  if (Number.isNaN(v) || v < min || v > max) throw new RangeError(`${prop} value is out of range.`);
  return Math.floor(v);
}
function getNumberOption(o, prop, min, max, fallback) {
  return defaultNumberOption(o[prop], min, max, fallback, prop);
}

// ---- decimal arithmetic on digit strings ----
// A non-negative decimal is { d, p }: value = 0.d × 10^p, d without
// leading or trailing zeros ('' for zero).

module.exports = {
  defineMethod,
  NBSP,
  slots,
  unwrap,
  describe,
  defineProto,
  langTagRe,
  canonicalizeTag,
  canonicalizeLocaleList,
  isEnglish,
  stripExtensions,
  resolveLocale,
  localeKeys,
  localeKeyword,
  supportedLocalesOf,
  toOptions,
  getOption,
  defaultNumberOption,
  getNumberOption,
};
