'use strict';
// Intl.Collator and String.prototype.localeCompare.

const { defineProto, getOption, localeKeys, localeKeyword, resolveLocale, slots, supportedLocalesOf, toOptions, unwrap } = require('internal/intl/common');

const asciiOrder = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";
const ASCII_DOLLAR = asciiOrder.indexOf('$');
const ASCII_A = asciiOrder.indexOf('a');
const accentOrder = [0x301, 0x300, 0x306, 0x302, 0x30c, 0x30a, 0x308, 0x30b, 0x303, 0x307, 0x338, 0x327, 0x328, 0x304];
const W_SPACE = 100;
const W_PUNCT = 200;
const W_SYMBOL = 2000;
const W_DIGIT = 10000;
const W_LETTER = 20000;
const W_OTHER = 30000;
const specialExp = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o\u0338', đ: 'd\u0335', ł: 'l\u0335', ħ: 'h\u0335', ı: 'i', ĸ: 'q', þ: '\uffff' };
let reMark;
let rePunct;
let reLetter;
let reSpace;
let reDigit;
let reIgnorable;

let asciiTable;
function asciiElements(str, ignorePunctuation) {
  if (asciiTable === undefined) {
    const t = [];
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const e = c < 32 && !'\t\n\v\f\r'.includes(ch) ? null : collationElements(ch, false, false)[0];
      t.push(e || null);
    }
    asciiTable = t;
  }
  const out = [];
  for (let i = 0; i < str.length; i++) {
    const e = asciiTable[str.charCodeAt(i)];
    if (e === null || (ignorePunctuation && e.p < W_SYMBOL)) continue;
    out.push(e);
  }
  return out;
}
function collationElements(str, numeric, ignorePunctuation) {
  if (asciiTable !== undefined && /^[\x00-\x7f]*$/.test(str) && !(numeric && /[0-9]/.test(str))) {
    return asciiElements(str, ignorePunctuation);
  }
  if (reMark === undefined) {
    reMark = /^\p{M}$/u;
    rePunct = /^\p{P}$/u;
    reLetter = /^\p{L}$/u;
    reSpace = /^[\p{Z}\t\n\v\f\r]$/u;
    reDigit = /^\p{Nd}$/u;
    reIgnorable = /^[\p{Cc}\p{Cf}]$/u;
  }
  const out = [];
  const src = str.normalize('NFD');
  const cps = Array.from(src);
  for (let i = 0; i < cps.length; i++) {
    let ch = cps[i];
    if (reMark.test(ch)) {
      const cp = ch.codePointAt(0);
      const ai = accentOrder.indexOf(cp);
      out.push({ p: 0, s: ai >= 0 ? ai + 2 : 100 + cp, t: 0 });
      continue;
    }
    if (reIgnorable.test(ch) && !'\t\n\v\f\r'.includes(ch)) continue;
    let tert = 1;
    let lower = ch.toLowerCase();
    if (lower !== ch) tert = 2;
    else if (ch.toUpperCase() === ch && reLetter.test(ch) && ch.toUpperCase() !== lower) tert = 2;
    const kd = lower.normalize('NFKD');
    if (kd !== lower) { tert += 4; lower = kd; }
    if (specialExp[lower] !== undefined) {
      const exp = specialExp[lower];
      const e = collationElements(exp, false, false);
      for (const x of e) out.push(x.p ? { p: x.p, s: x.s, t: tert + 8 } : x);
      out.push({ p: 0, s: 60, t: 0 });
      continue;
    }
    const lcps = Array.from(lower);
    if (lcps.length > 1) {
      // compatibility decomposition expanded to several characters
      cps.splice(i + 1, 0, ...lcps.slice(1));
      lower = lcps[0];
    }
    const ai = lower.length === 1 ? asciiOrder.indexOf(lower) : -1;
    let p;
    if (numeric && reDigit.test(lower)) {
      let j = i;
      let digits = '';
      while (j < cps.length && reDigit.test(cps[j])) { digits += String(Number.parseInt(cps[j], 10)); j++; }
      if (digits.length === 0) digits = '0';
      digits = digits.replace(/^0+(?=.)/, '');
      out.push({ p: W_DIGIT + 100 + Math.min(digits.length, 9999), s: 1, t: 1 });
      for (const dch of digits) out.push({ p: W_DIGIT + Number(dch), s: 1, t: 1 });
      i = j - 1;
      continue;
    }
    if (ai >= 0) {
      if (ai < ASCII_DOLLAR) p = (ai === 0 ? W_SPACE : W_PUNCT) + ai;
      else if (ai === ASCII_DOLLAR) p = W_SYMBOL + 4000; // '$' sorts with the currency symbols
      else if (ai < ASCII_A) p = W_DIGIT + (ai - ASCII_DOLLAR - 1);
      else p = W_LETTER + (ai - ASCII_A);
    } else if (reSpace.test(lower)) {
      p = W_SPACE;
    } else if (reDigit.test(lower)) {
      p = W_DIGIT + Number.parseInt(lower, 10);
    } else if (rePunct.test(lower)) {
      p = W_PUNCT + 50 + (lower.codePointAt(0) % 1700);
    } else if (reLetter.test(lower)) {
      p = W_OTHER + lower.codePointAt(0);
    } else if (lower === '\uffff') {
      p = W_LETTER + 26;
    } else {
      p = W_SYMBOL + (lower.codePointAt(0) % 7000) / 8;
    }
    if (ignorePunctuation && p < W_SYMBOL) continue;
    if (p === W_SPACE && (lower === '\t' || lower === '\n' || lower === '\r' || lower === '\v' || lower === '\f')) p = W_SPACE - 5 + '\t\n\v\f\r'.indexOf(lower);
    out.push({ p, s: 1, t: tert });
  }
  return out;
}

function cmpSeq(a, b, key) {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !a[i][key]) i++;
    while (j < b.length && !b[j][key]) j++;
    if (i >= a.length || j >= b.length) {
      if (i >= a.length && j >= b.length) return 0;
      return i >= a.length ? -1 : 1;
    }
    if (a[i][key] !== b[j][key]) return a[i][key] < b[j][key] ? -1 : 1;
    i++; j++;
  }
}
function cmpCase(a, b, upperFirst) {
  // tertiary weights of non-ignorable elements, left to right
  const ta = a.filter((x) => x.p).map((x) => x.t);
  const tb = b.filter((x) => x.p).map((x) => x.t);
  for (let i = 0; i < ta.length && i < tb.length; i++) {
    if (ta[i] !== tb[i]) {
      const r = ta[i] < tb[i] ? -1 : 1;
      const caseOnly = (ta[i] & 3) !== (tb[i] & 3);
      return upperFirst && caseOnly ? -r : r;
    }
  }
  return ta.length === tb.length ? 0 : (ta.length < tb.length ? -1 : 1);
}

function elementsOf(s, x) {
  let cache = s.cache;
  if (cache === undefined) cache = s.cache = new Map();
  let e = cache.get(x);
  if (e === undefined) {
    if (asciiTable === undefined) asciiElements('', false);
    e = collationElements(x, s.numeric, s.ignorePunctuation);
    if (cache.size >= 4096) cache.clear();
    cache.set(x, e);
  }
  return e;
}
function collatorCompare(s, x, y) {
  if (x === y) return 0;
  const a = elementsOf(s, x);
  const b = elementsOf(s, y);
  let r = cmpSeq(a, b, 'p');
  if (r !== 0 || s.sensitivity === 'base') return r;
  if (s.sensitivity !== 'case') {
    r = cmpSeq(a, b, 's');
    if (r !== 0 || s.sensitivity === 'accent') return r;
  }
  if (s.sensitivity === 'case') {
    const ca = a.filter((x) => x.p).map((x) => x.t & 3);
    const cb = b.filter((x) => x.p).map((x) => x.t & 3);
    for (let i = 0; i < ca.length && i < cb.length; i++) {
      if (ca[i] !== cb[i]) return (ca[i] < cb[i] ? -1 : 1) * (s.caseFirst === 'upper' ? -1 : 1);
    }
    return 0;
  }
  return cmpCase(a, b, s.caseFirst === 'upper');
}

function initCollator(locales, options, C = 'Collator') {
  const locale = resolveLocale(locales, localeKeys.co, 'collator');
  const o = toOptions(options, C);
  const usage = getOption(o, 'usage', 'string', ['sort', 'search'], 'sort', C);
  getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
  const collation = getOption(o, 'collation', 'string', undefined, undefined, C);
  if (collation !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(collation)) throw new RangeError('Invalid collation : ' + collation);
  const numeric = getOption(o, 'numeric', 'boolean', undefined, undefined, C);
  const caseFirst = getOption(o, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, C);
  const sensitivity = getOption(o, 'sensitivity', 'string', ['base', 'accent', 'case', 'variant'], 'variant', C);
  const ignorePunctuation = getOption(o, 'ignorePunctuation', 'boolean', undefined, false, C);
  const ext = {};
  const kn = localeKeyword(locale, 'kn');
  if (kn !== undefined) ext.numeric = kn !== 'false';
  const kf = localeKeyword(locale, 'kf');
  if (kf !== undefined) ext.caseFirst = kf;
  return {
    kind: 'Collator', locale, usage, sensitivity, ignorePunctuation, collation: 'default',
    numeric: numeric !== undefined ? numeric : (ext.numeric || false),
    caseFirst: caseFirst !== undefined ? caseFirst : (ext.caseFirst || 'false'),
  };
}

function Collator(locales, options) {
  if (!new.target) return new Collator(locales, options);
  const obj = Object.create(new.target.prototype);
  slots.set(obj, initCollator(locales, options));
  return obj;
}
defineProto(Collator.prototype, 'Intl.Collator', {
  resolvedOptions() {
    const s = unwrap(this, 'Collator', 'Intl.Collator.prototype.resolvedOptions');
    return {
      locale: s.locale, usage: s.usage, sensitivity: s.sensitivity, ignorePunctuation: s.ignorePunctuation,
      collation: s.collation, numeric: s.numeric, caseFirst: s.caseFirst,
    };
  },
  get compare() {
    const s = unwrap(this, 'Collator', 'get Intl.Collator.prototype.compare');
    if (!s.bound) s.bound = (x, y) => collatorCompare(s, String(x), String(y));
    return s.bound;
  },
});
Object.defineProperty(Collator, 'supportedLocalesOf', {
  value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
});
let defaultCollator;
function localeCompare(a, b, locales, options) {
  let s;
  if (locales === undefined && options === undefined) {
    if (!defaultCollator) defaultCollator = initCollator(undefined, undefined);
    s = defaultCollator;
  } else {
    s = initCollator(locales, options, 'String.prototype.localeCompare');
  }
  return collatorCompare(s, a, b);
}

// ---- RelativeTimeFormat ----

const rtUnits = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const rtShort = { second: ['sec.', 'sec.'], minute: ['min.', 'min.'], hour: ['hr.', 'hr.'], day: ['day', 'days'], week: ['wk.', 'wk.'], month: ['mo.', 'mo.'], quarter: ['qtr.', 'qtrs.'], year: ['yr.', 'yr.'] };
const rtNarrow = { second: 's', minute: 'm', hour: 'h', day: 'd', week: 'w', month: 'mo', quarter: 'q', year: 'y' };
const rtAuto = {
  second: { 0: 'now' }, minute: { 0: 'this minute' }, hour: { 0: 'this hour' },
  day: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' },
};

module.exports = {
  asciiOrder,
  ASCII_DOLLAR,
  ASCII_A,
  accentOrder,
  W_SPACE,
  W_PUNCT,
  W_SYMBOL,
  W_DIGIT,
  W_LETTER,
  W_OTHER,
  specialExp,
  reMark,
  rePunct,
  reLetter,
  reSpace,
  reDigit,
  reIgnorable,
  asciiTable,
  asciiElements,
  collationElements,
  cmpSeq,
  cmpCase,
  elementsOf,
  collatorCompare,
  initCollator,
  Collator,
  defaultCollator,
  localeCompare,
  rtUnits,
  rtShort,
  rtNarrow,
  rtAuto,
};
