'use strict';
// Intl.NumberFormat and Intl.PluralRules, and Number/BigInt toLocaleString.

const { NBSP, defaultNumberOption, defineProto, getNumberOption, getOption, localeKeys, resolveLocale, slots, supportedLocalesOf, toOptions, unwrap } = require('internal/intl/common');

function norm(d, p) {
  let i = 0;
  while (i < d.length && d.charCodeAt(i) === 48) i++;
  let j = d.length;
  while (j > i && d.charCodeAt(j - 1) === 48) j--;
  if (i === j) return { d: '', p: 0 };
  return { d: d.slice(i, j), p: p - i };
}
function decFromString(s) {
  // s: unsigned decimal literal, possibly with exponent
  let e = 0;
  const ei = s.search(/e/i);
  if (ei >= 0) { e = Number(s.slice(ei + 1)); s = s.slice(0, ei); }
  const dot = s.indexOf('.');
  let p;
  if (dot >= 0) { p = dot; s = s.slice(0, dot) + s.slice(dot + 1); } else p = s.length;
  return norm(s, p + e);
}
function decOfNumber(x) {
  return x === 0 ? { d: '', p: 0 } : decFromString(String(x));
}
function roundDec(v, cut, mode, neg) {
  const { d, p } = v;
  if (cut >= d.length) return v;
  let up;
  const rest = cut < 0 ? '' : d.slice(cut);
  const first = cut < 0 ? 0 : d.charCodeAt(cut) - 48;
  const nonzero = cut < 0 ? d.length > 0 : /[1-9]/.test(rest);
  const exactHalf = cut >= 0 && first === 5 && !/[1-9]/.test(rest.slice(1));
  const aboveHalf = cut >= 0 && (first > 5 || (first === 5 && !exactHalf));
  switch (mode) {
    case 'ceil': up = !neg && nonzero; break;
    case 'floor': up = neg && nonzero; break;
    case 'expand': up = nonzero; break;
    case 'trunc': up = false; break;
    case 'halfCeil': up = aboveHalf || (exactHalf && !neg); break;
    case 'halfFloor': up = aboveHalf || (exactHalf && neg); break;
    case 'halfTrunc': up = aboveHalf; break;
    case 'halfEven': {
      const last = cut > 0 ? d.charCodeAt(cut - 1) - 48 : 0;
      up = aboveHalf || (exactHalf && (last & 1) === 1);
      break;
    }
    default: up = first >= 5;
  }
  if (cut < 0) return up ? { d: '1', p: p - cut + 1 } : { d: '', p: 0 };
  let k = d.slice(0, cut);
  if (!up) return norm(k, p);
  let i = k.length - 1;
  while (i >= 0 && k.charCodeAt(i) === 57) i--;
  if (i < 0) return norm('1' + '0'.repeat(k.length), p + 1);
  k = k.slice(0, i) + String.fromCharCode(k.charCodeAt(i) + 1) + '0'.repeat(k.length - i - 1);
  return norm(k, p);
}
function decIntDigits(v) {
  return v.d === '' ? 1 : Math.max(v.p, 1);
}

// ---- NumberFormat ----

const currencyData = {
  USD: ['$', '$', 'US dollar', 'US dollars'],
  EUR: ['€', '€', 'euro', 'euros'],
  GBP: ['£', '£', 'British pound', 'British pounds'],
  JPY: ['¥', '¥', 'Japanese yen', 'Japanese yen', 0],
  CNY: ['CN¥', '¥', 'Chinese yuan', 'Chinese yuan'],
  INR: ['₹', '₹', 'Indian rupee', 'Indian rupees'],
  CAD: ['CA$', '$', 'Canadian dollar', 'Canadian dollars'],
  AUD: ['A$', '$', 'Australian dollar', 'Australian dollars'],
  NZD: ['NZ$', '$', 'New Zealand dollar', 'New Zealand dollars'],
  HKD: ['HK$', '$', 'Hong Kong dollar', 'Hong Kong dollars'],
  MXN: ['MX$', '$', 'Mexican peso', 'Mexican pesos'],
  BRL: ['R$', 'R$', 'Brazilian real', 'Brazilian reals'],
  KRW: ['₩', '₩', 'South Korean won', 'South Korean won', 0],
  ILS: ['₪', '₪', 'Israeli new shekel', 'Israeli new shekels'],
  CHF: ['CHF', 'CHF', 'Swiss franc', 'Swiss francs'],
  SEK: ['SEK', 'kr', 'Swedish krona', 'Swedish kronor'],
  RUB: ['RUB', '₽', 'Russian ruble', 'Russian rubles'],
  VND: ['₫', '₫', 'Vietnamese dong', 'Vietnamese dong', 0],
};
const zeroDigitCurrencies = ['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF'];
const threeDigitCurrencies = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];
function currencyDigits(c) {
  if (zeroDigitCurrencies.includes(c)) return 0;
  if (threeDigitCurrencies.includes(c)) return 3;
  return 2;
}

const unitTable = 'acre: ac| ac| acre| acres|ac|ac;bit: bit| bit| bit| bits|bit|bit;byte: byte| byte| byte| bytes|B|B;' +
  'celsius:°C|°C| degree Celsius| degrees Celsius|°C|°C;centimeter: cm| cm| centimeter| centimeters|cm|cm;' +
  'day: day| days| day| days|d|d;degree: deg| deg| degree| degrees|°|°;' +
  'fahrenheit:°F|°F| degree Fahrenheit| degrees Fahrenheit|°|°;fluid-ounce: fl oz| fl oz| fluid ounce| fluid ounces|fl oz|fl oz;' +
  'foot: ft| ft| foot| feet|′|′;gallon: gal| gal| gallon| gallons|gal|gal;gigabit: Gb| Gb| gigabit| gigabits|Gb|Gb;' +
  'gigabyte: GB| GB| gigabyte| gigabytes|GB|GB;gram: g| g| gram| grams|g|g;hectare: ha| ha| hectare| hectares|ha|ha;' +
  'hour: hr| hr| hour| hours|h|h;inch: in| in| inch| inches|″|″;kilobit: kb| kb| kilobit| kilobits|kb|kb;' +
  'kilobyte: kB| kB| kilobyte| kilobytes|kB|kB;kilogram: kg| kg| kilogram| kilograms|kg|kg;' +
  'kilometer: km| km| kilometer| kilometers|km|km;liter: L| L| liter| liters|L|L;megabit: Mb| Mb| megabit| megabits|Mb|Mb;' +
  'megabyte: MB| MB| megabyte| megabytes|MB|MB;meter: m| m| meter| meters|m|m;microsecond: μs| μs| microsecond| microseconds|μs|μs;' +
  'mile: mi| mi| mile| miles|mi|mi;mile-scandinavian: smi| smi| mile-scandinavian| miles-scandinavian|smi|smi;' +
  'milliliter: mL| mL| milliliter| milliliters|mL|mL;millimeter: mm| mm| millimeter| millimeters|mm|mm;' +
  'millisecond: ms| ms| millisecond| milliseconds|ms|ms;minute: min| min| minute| minutes|m|m;month: mth| mths| month| months|m|m;' +
  'nanosecond: ns| ns| nanosecond| nanoseconds|ns|ns;ounce: oz| oz| ounce| ounces|oz|oz;percent:%|%| percent| percent|%|%;' +
  'petabyte: PB| PB| petabyte| petabytes|PB|PB;pound: lb| lb| pound| pounds|#|#;second: sec| sec| second| seconds|s|s;' +
  'stone: st| st| stone| stones|st|st;terabit: Tb| Tb| terabit| terabits|Tb|Tb;terabyte: TB| TB| terabyte| terabytes|TB|TB;' +
  'week: wk| wks| week| weeks|w|w;yard: yd| yd| yard| yards|yd|yd;year: yr| yrs| year| years|y|y';
let units;
function unitInfo(u) {
  if (units === undefined) {
    units = new Map();
    for (const e of unitTable.split(';')) {
      const i = e.indexOf(':');
      units.set(e.slice(0, i), e.slice(i + 1).split('|'));
    }
  }
  return units.get(u);
}
function unitNames() {
  unitInfo('byte');
  return [...units.keys()];
}
const perSymbols = { second: 's', hour: 'h', minute: 'min', day: 'd', week: 'w', year: 'y' };
const specialCompound = {
  'mile-per-hour': [' mph', ' mph', ' mile per hour', ' miles per hour', 'mph', 'mph'],
  'mile-per-gallon': [' mpg', ' mpg', ' mile per gallon', ' miles per gallon', 'mpg', 'mpg'],
};
function unitPatterns(u) {
  const simple = unitInfo(u);
  if (simple) return simple;
  if (specialCompound[u]) return specialCompound[u];
  const i = u.indexOf('-per-');
  if (i < 0) return undefined;
  const a = unitInfo(u.slice(0, i));
  const bn = u.slice(i + 5);
  const b = unitInfo(bn);
  if (!a || !b) return undefined;
  const bs = perSymbols[bn] || b[0].trim();
  return [a[0] + '/' + bs, a[1] + '/' + bs, a[2] + ' per' + b[2], a[3] + ' per' + b[2], a[4] + '/' + bs, a[5] + '/' + bs];
}

const compactShort = ['', 'K', 'M', 'B', 'T'];
const compactLong = ['', ' thousand', ' million', ' billion', ' trillion'];

function NumberFormat(locales, options) {
  if (!new.target) return new NumberFormat(locales, options);
  const s = initNumberFormat(locales, options);
  const obj = Object.create(new.target.prototype);
  slots.set(obj, s);
  return obj;
}

function initNumberFormat(locales, options, C = 'NumberFormat') {
  const locale = resolveLocale(locales, localeKeys.nu);
  const o = toOptions(options, C);
  getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
  const nu = getOption(o, 'numberingSystem', 'string', undefined, undefined, C);
  if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError('Invalid numberingSystem : ' + nu);
  const s = { kind: 'NumberFormat', locale };
  s.style = getOption(o, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal', C);
  let currency = getOption(o, 'currency', 'string', undefined, undefined, C);
  if (currency !== undefined) {
    if (!/^[a-zA-Z]{3}$/.test(currency)) throw new RangeError('Invalid currency code : ' + currency);
    currency = currency.toUpperCase();
  }
  const currencyDisplay = getOption(o, 'currencyDisplay', 'string', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', C);
  const currencySign = getOption(o, 'currencySign', 'string', ['standard', 'accounting'], 'standard', C);
  const unit = getOption(o, 'unit', 'string', undefined, undefined, C);
  if (unit !== undefined && !unitPatterns(unit)) throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
  const unitDisplay = getOption(o, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short', C);
  if (s.style === 'currency') {
    if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
    s.currency = currency;
    s.currencyDisplay = currencyDisplay;
    s.currencySign = currencySign;
  }
  if (s.style === 'unit') {
    if (unit === undefined) throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
    s.unit = unit;
    s.unitDisplay = unitDisplay;
  }
  const notation = getOption(o, 'notation', 'string', ['standard', 'scientific', 'engineering', 'compact'], 'standard', C);
  let mnfdDefault = 0;
  let mxfdDefault = 3;
  if (s.style === 'currency' && notation === 'standard') {
    mnfdDefault = mxfdDefault = currencyDigits(currency);
  } else if (s.style === 'percent') {
    mxfdDefault = 0;
  }
  setDigitOptions(s, o, mnfdDefault, mxfdDefault, notation, C);
  const compactDisplay = getOption(o, 'compactDisplay', 'string', ['short', 'long'], 'short', C);
  const defaultGrouping = notation === 'compact' ? 'min2' : 'auto';
  let g = o.useGrouping;
  if (g === undefined) g = defaultGrouping;
  else if (g === true) g = 'always';
  else if (!g) g = false;
  else {
    g = String(g);
    if (g === 'true' || g === 'false') g = defaultGrouping;
    else if (!['min2', 'auto', 'always'].includes(g)) throw new RangeError(`Value ${g} out of range for Intl.NumberFormat options property useGrouping`);
  }
  s.useGrouping = g;
  s.notation = notation;
  if (notation === 'compact') s.compactDisplay = compactDisplay;
  s.signDisplay = getOption(o, 'signDisplay', 'string', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', C);
  return s;
}

function setDigitOptions(s, o, mnfdDefault, mxfdDefault, notation, C = 'NumberFormat') {
  s.minimumIntegerDigits = getNumberOption(o, 'minimumIntegerDigits', 1, 21, 1);
  let mnfd = o.minimumFractionDigits;
  let mxfd = o.maximumFractionDigits;
  const mnsd = o.minimumSignificantDigits;
  const mxsd = o.maximumSignificantDigits;
  const inc = getNumberOption(o, 'roundingIncrement', 1, 5000, 1);
  if (![1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000].includes(inc)) {
    throw new RangeError('roundingIncrement value is out of range.');
  }
  s.roundingIncrement = inc;
  s.roundingMode = getOption(o, 'roundingMode', 'string',
    ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand', C);
  let priority = getOption(o, 'roundingPriority', 'string', ['auto', 'morePrecision', 'lessPrecision'], 'auto', C);
  s.trailingZeroDisplay = getOption(o, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto', C);
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true;
  let needFd = true;
  if (priority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      s.minimumSignificantDigits = defaultNumberOption(mnsd, 1, 21, 1, 'minimumSignificantDigits');
      s.maximumSignificantDigits = defaultNumberOption(mxsd, s.minimumSignificantDigits, 21, 21, 'maximumSignificantDigits');
    } else {
      s.minimumSignificantDigits = 1;
      s.maximumSignificantDigits = 21;
    }
  }
  if (needFd) {
    if (hasFd) {
      mnfd = defaultNumberOption(mnfd, 0, 20, undefined, 'minimumFractionDigits');
      mxfd = defaultNumberOption(mxfd, 0, 20, undefined, 'maximumFractionDigits');
      if (mnfd === undefined) mnfd = Math.min(mnfdDefault, mxfd);
      else if (mxfd === undefined) mxfd = Math.max(mxfdDefault, mnfd);
      else if (mnfd > mxfd) throw new RangeError('maximumFractionDigits value is out of range.');
      s.minimumFractionDigits = mnfd;
      s.maximumFractionDigits = mxfd;
    } else {
      s.minimumFractionDigits = mnfdDefault;
      s.maximumFractionDigits = mxfdDefault;
    }
  }
  if (!needSd && !needFd) {
    s.minimumFractionDigits = 0;
    s.maximumFractionDigits = 0;
    s.minimumSignificantDigits = 1;
    s.maximumSignificantDigits = 2;
    priority = 'morePrecision';
    s.roundingType = 'morePrecision';
  } else if (needSd && needFd) {
    s.roundingType = priority;
  } else {
    s.roundingType = needSd ? 'significantDigits' : 'fractionDigits';
  }
  s.roundingPriority = priority;
  if (inc !== 1) {
    if (s.roundingType !== 'fractionDigits') throw new TypeError('roundingIncrement requires fraction digits rounding');
    if (s.maximumFractionDigits !== s.minimumFractionDigits) {
      throw new RangeError('maximumFractionDigits not equal to minimumFractionDigits');
    }
  }
}

// Rounds v according to the digit options; returns the rounded decimal
// and how many fraction digits must at least be shown.
function applyRounding(s, v, neg) {
  const mode = s.roundingMode;
  const bySig = () => {
    const r = roundDec(v, s.maximumSignificantDigits, mode, neg);
    const ip = r.d === '' ? 1 : r.p;
    return { v: r, minFrac: Math.max(0, s.minimumSignificantDigits - ip), fracShown: Math.max(0, r.d.length - r.p) };
  };
  const byFrac = () => {
    let r;
    if (s.roundingIncrement !== 1) {
      // round to a multiple of increment × 10^-maxFrac
      const inc = BigInt(s.roundingIncrement);
      const sp = v.p + s.maximumFractionDigits;
      const intDigits = v.d === '' || sp <= 0 ? '0' : v.d.slice(0, sp).padEnd(sp, '0');
      const fracDigits = v.d === '' ? '' : (sp >= 0 ? v.d.slice(sp) : '0'.repeat(-sp) + v.d);
      const n = BigInt(intDigits);
      let q = (n / inc) * inc;
      const rem2 = (n - q) * 2n;
      const fracNonzero = /[1-9]/.test(fracDigits);
      const fracHalf = fracDigits !== '' && fracDigits[0] >= '5';
      let up;
      if (mode === 'trunc' || (mode === 'floor' && !neg) || (mode === 'ceil' && neg)) up = false;
      else if (mode === 'expand' || mode === 'ceil' || mode === 'floor') up = n !== q || fracNonzero;
      else up = rem2 > inc || (rem2 === inc && (fracNonzero || mode === 'halfExpand')) || (inc - rem2 === 1n && fracHalf);
      if (up) q += inc;
      r = decFromString(q.toString() + 'e-' + s.maximumFractionDigits);
    } else {
      r = roundDec(v, v.p + s.maximumFractionDigits, mode, neg);
    }
    return { v: r, minFrac: s.minimumFractionDigits, fracShown: Math.max(0, r.d.length - r.p) };
  };
  switch (s.roundingType) {
    case 'significantDigits': return bySig();
    case 'fractionDigits': return byFrac();
    default: {
      const a = bySig();
      const b = byFrac();
      // more precision = more fraction digits kept
      const pa = s.maximumSignificantDigits - (v.d === '' ? 1 : v.p);
      const pb = s.maximumFractionDigits;
      if (s.roundingType === 'lessPrecision') return pa <= pb ? a : b;
      return pa >= pb ? a : b;
    }
  }
}

function groupInt(s, intStr) {
  const g = s.useGrouping;
  if (g === false || intStr.length < 4 || (g === 'min2' && intStr.length < 5)) return [intStr];
  const out = [];
  let first = intStr.length % 3 || 3;
  out.push(intStr.slice(0, first));
  for (; first < intStr.length; first += 3) out.push(intStr.slice(first, first + 3));
  return out;
}

// Number body parts for a rounded decimal.
function digitParts(s, r, parts) {
  const { v, minFrac } = r;
  let intStr = v.d === '' || v.p <= 0 ? '0' : v.d.slice(0, v.p).padEnd(v.p, '0');
  let frac = v.d === '' ? '' : (v.p >= 0 ? v.d.slice(v.p) : '0'.repeat(-v.p) + v.d);
  if (frac.length < minFrac) frac = frac.padEnd(minFrac, '0');
  if (s.trailingZeroDisplay === 'stripIfInteger' && /^0*$/.test(frac)) frac = '';
  if (intStr.length < s.minimumIntegerDigits) intStr = intStr.padStart(s.minimumIntegerDigits, '0');
  const groups = groupInt(s, intStr);
  for (let i = 0; i < groups.length; i++) {
    if (i > 0) parts.push({ type: 'group', value: ',' });
    parts.push({ type: 'integer', value: groups[i] });
  }
  if (frac) {
    parts.push({ type: 'decimal', value: '.' });
    parts.push({ type: 'fraction', value: frac });
  }
}

function toIntlMV(x) {
  if (typeof x === 'bigint') {
    const str = x.toString();
    const neg = str[0] === '-';
    return { neg, v: norm(neg ? str.slice(1) : str, neg ? str.length - 1 : str.length), finite: true };
  }
  if (typeof x === 'string') {
    const t = x.trim();
    const m = /^([+-]?)(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.exec(t);
    if (m) {
      const neg = m[1] === '-';
      return { neg, v: decFromString(m[2] + (m[3] || '')), finite: true };
    }
    x = Number(x);
  } else if (typeof x !== 'number') {
    x = Number(x);
  }
  if (Number.isNaN(x)) return { nan: true, neg: false };
  const neg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return { neg, finite: false };
  return { neg, v: decOfNumber(Math.abs(x)), finite: true };
}

function pluralOf(numStr) {
  return numStr === '1' ? 0 : 1;
}

function formatNumberParts(s, x) {
  const mv = toIntlMV(x);
  const body = [];
  let isZero = false;
  let compactIdx = 0;
  let exponent;
  if (mv.nan) {
    body.push({ type: 'nan', value: 'NaN' });
  } else if (!mv.finite) {
    body.push({ type: 'infinity', value: '∞' });
  } else {
    let v = mv.v;
    if (s.style === 'percent') v = v.d === '' ? v : { d: v.d, p: v.p + 2 };
    let r;
    if (s.notation === 'compact') {
      let g = v.d === '' || v.p < 4 ? 0 : Math.min(Math.floor((v.p - 1) / 3), 4);
      for (;;) {
        const sv = v.d === '' ? v : { d: v.d, p: v.p - 3 * g };
        r = applyRounding(s, sv, mv.neg);
        if (g < 4 && r.v.d !== '' && r.v.p + 3 * g >= 4 && r.v.p > 3) { g++; continue; }
        if (g === 0 && r.v.d !== '' && r.v.p >= 4) { g = 1; continue; }
        break;
      }
      compactIdx = g;
    } else if (s.notation === 'scientific' || s.notation === 'engineering') {
      let e = v.d === '' ? 0 : v.p - 1;
      if (s.notation === 'engineering') e = Math.floor(e / 3) * 3;
      for (;;) {
        const sv = v.d === '' ? v : { d: v.d, p: v.p - e };
        r = applyRounding(s, sv, mv.neg);
        const lim = s.notation === 'engineering' ? 3 : 1;
        if (r.v.d !== '' && r.v.p > lim) { e += lim; continue; }
        break;
      }
      exponent = e;
    } else {
      r = applyRounding(s, v, mv.neg);
    }
    isZero = r.v.d === '';
    digitParts(s, r, body);
    if (exponent !== undefined) {
      body.push({ type: 'exponentSeparator', value: 'E' });
      if (exponent < 0) body.push({ type: 'exponentMinusSign', value: '-' });
      body.push({ type: 'exponentInteger', value: String(Math.abs(exponent)) });
    }
    if (compactIdx > 0) {
      if (s.compactDisplay === 'long') {
        body.push({ type: 'literal', value: ' ' });
        body.push({ type: 'compact', value: compactLong[compactIdx].slice(1) });
      } else {
        body.push({ type: 'compact', value: compactShort[compactIdx] });
      }
    }
  }
  // sign
  let sign = '';
  switch (s.signDisplay) {
    case 'auto': sign = mv.neg ? '-' : ''; break;
    case 'always': sign = mv.neg ? '-' : '+'; break;
    case 'exceptZero': sign = isZero || mv.nan ? '' : (mv.neg ? '-' : '+'); break;
    case 'negative': sign = mv.neg && !isZero ? '-' : ''; break;
    default: sign = '';
  }
  const accounting = s.style === 'currency' && s.currencySign === 'accounting' && sign === '-';
  const signParts = [];
  if (accounting) signParts.push({ type: 'literal', value: '(' });
  else if (sign === '-') signParts.push({ type: 'minusSign', value: '-' });
  else if (sign === '+') signParts.push({ type: 'plusSign', value: '+' });
  const numStr = body.map((p) => p.value).join('');
  let out;
  if (s.style === 'percent') {
    out = [...signParts, ...body, { type: 'percentSign', value: '%' }];
  } else if (s.style === 'currency') {
    const data = currencyData[s.currency];
    if (s.currencyDisplay === 'name') {
      const name = data ? data[2 + pluralOf(numStr)] : s.currency;
      out = [...signParts, ...body, { type: 'literal', value: ' ' }, { type: 'currency', value: name }];
    } else {
      let sym = s.currency;
      if (s.currencyDisplay === 'symbol' && data) sym = data[0];
      else if (s.currencyDisplay === 'narrowSymbol' && data) sym = data[1];
      out = [...signParts, { type: 'currency', value: sym }];
      if (/[A-Za-z]$/.test(sym) && body[0].type === 'integer') out.push({ type: 'literal', value: NBSP });
      out.push(...body);
    }
  } else if (s.style === 'unit') {
    const pats = unitPatterns(s.unit);
    const base = s.unitDisplay === 'long' ? 2 : s.unitDisplay === 'narrow' ? 4 : 0;
    let pat = pats[base + pluralOf(numStr)];
    out = [...signParts, ...body];
    if (pat[0] === ' ') { out.push({ type: 'literal', value: ' ' }); pat = pat.slice(1); }
    out.push({ type: 'unit', value: pat });
  } else {
    out = [...signParts, ...body];
  }
  if (accounting) out.push({ type: 'literal', value: ')' });
  return out;
}

function joinParts(parts) {
  let r = '';
  for (const p of parts) r += p.value;
  return r;
}

function nfFormat(s, x) {
  return joinParts(formatNumberParts(s, x));
}

function numberResolved(s) {
  const r = { locale: s.locale, numberingSystem: 'latn', style: s.style };
  if (s.style === 'currency') {
    r.currency = s.currency; r.currencyDisplay = s.currencyDisplay; r.currencySign = s.currencySign;
  }
  if (s.style === 'unit') { r.unit = s.unit; r.unitDisplay = s.unitDisplay; }
  r.minimumIntegerDigits = s.minimumIntegerDigits;
  if (s.minimumSignificantDigits !== undefined) {
    r.minimumSignificantDigits = s.minimumSignificantDigits;
    r.maximumSignificantDigits = s.maximumSignificantDigits;
  }
  if (s.minimumFractionDigits !== undefined) {
    r.minimumFractionDigits = s.minimumFractionDigits;
    r.maximumFractionDigits = s.maximumFractionDigits;
  }
  r.useGrouping = s.useGrouping;
  r.notation = s.notation;
  if (s.notation === 'compact') r.compactDisplay = s.compactDisplay;
  r.signDisplay = s.signDisplay;
  r.roundingMode = s.roundingMode;
  r.roundingIncrement = s.roundingIncrement;
  r.trailingZeroDisplay = s.trailingZeroDisplay;
  r.roundingPriority = s.roundingPriority;
  return r;
}

defineProto(NumberFormat.prototype, 'Intl.NumberFormat', {
  resolvedOptions() {
    return numberResolved(unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.resolvedOptions'));
  },
  formatToParts(value) {
    return formatNumberParts(unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatToParts'), value);
  },
  get format() {
    const s = unwrap(this, 'NumberFormat', 'get Intl.NumberFormat.prototype.format');
    if (!s.bound) s.bound = (value) => nfFormat(s, value);
    return s.bound;
  },
  formatRange(start, end) {
    const s = unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRange');
    return joinParts(rangeParts(s, start, end));
  },
  formatRangeToParts(start, end) {
    const s = unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRangeToParts');
    return rangeParts(s, start, end);
  },
});
function rangeParts(s, a, b) {
  if (a === undefined) throw new TypeError('Invalid start : undefined');
  if (b === undefined) throw new TypeError('Invalid end : undefined');
  const pa = formatNumberParts(s, a);
  const pb = formatNumberParts(s, b);
  if (joinParts(pa) === joinParts(pb)) return [{ type: 'approximatelySign', value: '~', source: 'shared' }, ...pa.map((p) => ({ ...p, source: 'shared' }))];
  const spaced = s.style === 'currency' || s.style === 'unit' || s.style === 'percent' || s.notation === 'compact';
  return [...pa.map((p) => ({ ...p, source: 'startRange' })),
    { type: 'literal', value: spaced ? ' – ' : '–', source: 'shared' },
    ...pb.map((p) => ({ ...p, source: 'endRange' }))];
}
Object.defineProperty(NumberFormat, 'supportedLocalesOf', {
  value: function supportedLocalesOf_(locales, options) { return supportedLocalesOf(locales, options); },
  writable: true, configurable: true,
});
Object.defineProperty(NumberFormat.prototype.constructor, 'name', { value: 'NumberFormat' });

const nfCache = new Map();
function cachedNF(locales, options, C) {
  if (locales === undefined && options === undefined) {
    let s = nfCache.get('');
    if (!s) { s = initNumberFormat(undefined, undefined); nfCache.set('', s); }
    return s;
  }
  return initNumberFormat(locales, options, C);
}

// ---- PluralRules ----

function PluralRules(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  const C = 'PluralRules';
  const locale = resolveLocale(locales, undefined, 'plural');
  const o = toOptions(options, C);
  getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
  const type = getOption(o, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal', C);
  const s = { kind: 'PluralRules', locale, type, style: 'decimal', useGrouping: false, signDisplay: 'never' };
  setDigitOptions(s, o, 0, 3, 'standard', C);
  const obj = Object.create(new.target.prototype);
  slots.set(obj, s);
  return obj;
}
function pluralSelect(s, n) {
  n = Number(n);
  if (!Number.isFinite(n)) return 'other';
  const str = nfFormat(s, Math.abs(n));
  if (s.type === 'ordinal') {
    if (str.includes('.')) return 'other';
    const i = Number(str);
    const m10 = i % 10;
    const m100 = i % 100;
    if (m10 === 1 && m100 !== 11) return 'one';
    if (m10 === 2 && m100 !== 12) return 'two';
    if (m10 === 3 && m100 !== 13) return 'few';
    return 'other';
  }
  return str === '1' ? 'one' : 'other';
}
defineProto(PluralRules.prototype, 'Intl.PluralRules', {
  select(n) {
    return pluralSelect(unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.select'), n);
  },
  selectRange(a, b) {
    const s = unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.selectRange');
    if (a === undefined || b === undefined) throw new TypeError('start or end is undefined');
    return pluralSelect(s, b);
  },
  resolvedOptions() {
    const s = unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.resolvedOptions');
    const r = { locale: s.locale, type: s.type, minimumIntegerDigits: s.minimumIntegerDigits };
    if (s.minimumFractionDigits !== undefined) {
      r.minimumFractionDigits = s.minimumFractionDigits;
      r.maximumFractionDigits = s.maximumFractionDigits;
    }
    if (s.minimumSignificantDigits !== undefined) {
      r.minimumSignificantDigits = s.minimumSignificantDigits;
      r.maximumSignificantDigits = s.maximumSignificantDigits;
    }
    r.pluralCategories = s.type === 'ordinal' ? ['few', 'one', 'two', 'other'] : ['one', 'other'];
    return r;
  },
});
Object.defineProperty(PluralRules, 'supportedLocalesOf', {
  value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
});

// ---- DateTimeFormat ----

module.exports = {
  norm,
  decFromString,
  decOfNumber,
  roundDec,
  decIntDigits,
  currencyData,
  zeroDigitCurrencies,
  threeDigitCurrencies,
  currencyDigits,
  unitTable,
  units,
  unitInfo,
  unitNames,
  perSymbols,
  specialCompound,
  unitPatterns,
  compactShort,
  compactLong,
  NumberFormat,
  initNumberFormat,
  setDigitOptions,
  applyRounding,
  groupInt,
  digitParts,
  toIntlMV,
  pluralOf,
  formatNumberParts,
  joinParts,
  nfFormat,
  numberResolved,
  rangeParts,
  nfCache,
  cachedNF,
  PluralRules,
  pluralSelect,
};
