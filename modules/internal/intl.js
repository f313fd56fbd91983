'use strict';
// A compact, English-only Intl for engines built without one (QuickJS).
// Every locale formats as en-US; resolvedOptions().locale reports the
// requested tag when it is English ('en', 'en-*'), else 'en-US'.
// install(globalThis) is cheap: the Intl object is built on first access and
// the locale-sensitive methods of Number/BigInt/Date/String/Array build what
// they need on first call.

let intlImpl;
function impl() {
  if (intlImpl === undefined) intlImpl = createIntl();
  return intlImpl;
}

function defineMethod(obj, name, fn) {
  Object.defineProperty(obj, name, { value: fn, writable: true, enumerable: false, configurable: true });
}

function install(g) {
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

// ---------------------------------------------------------------------------

function createIntl() {
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

  const monthsLong = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const daysLong = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const utcNames = ['utc', 'etc/utc', 'etc/gmt', 'gmt', 'etc/uct', 'uct', 'etc/universal', 'universal', 'etc/zulu', 'zulu', 'etc/greenwich', 'greenwich', 'etc/gmt0', 'etc/gmt+0', 'etc/gmt-0', 'gmt0', 'gmt+0', 'gmt-0'];

  let localZone;
  let localZoneEnv;
  function localZoneName() {
    let tz = typeof process === 'object' && process && process.env ? process.env.TZ : undefined;
    if (localZone !== undefined && tz === localZoneEnv) return localZone;
    localZoneEnv = tz;
    if (tz && tz[0] === ':') tz = tz.slice(1);
    if (!tz) {
      try {
        const link = require('fs').readlinkSync('/etc/localtime');
        const i = link.indexOf('zoneinfo/');
        if (i >= 0) tz = link.slice(i + 9);
      } catch {
        // no /etc/localtime
      }
    }
    if (!tz || utcNames.includes(tz.toLowerCase())) tz = 'UTC';
    else if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz)) tz = 'UTC';
    localZone = tz;
    return tz;
  }

  // Zones: 'UTC', the local zone (offset from the engine's Date), or an
  // IANA zone read from the host's zoneinfo (TZif) files when present.
  const zoneCache = new Map();
  function resolveTimeZone(tz) {
    const low = tz.toLowerCase();
    if (utcNames.includes(low)) return { name: 'UTC', utc: true };
    let z = zoneCache.get(low);
    if (z) return z;
    const local = localZoneName();
    if (/^[+-]\d{2}(:?\d{2})?$/.test(tz)) {
      const sign = tz[0] === '-' ? -1 : 1;
      const hh = Number(tz.slice(1, 3));
      const mm = Number(tz.slice(-2)) * (tz.length > 3 ? 1 : 0);
      if (hh > 23 || mm > 59) throw new RangeError(`Invalid time zone specified: ${tz}`);
      const off = sign * (hh * 60 + mm);
      const name = (sign < 0 ? '-' : '+') + String(hh).padStart(2, '0') + ':' + String(mm).padStart(2, '0');
      z = { name, fixed: off };
    } else if (/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz) && !tz.includes('..')) {
      const tzif = loadTzif(tz);
      if (tzif) z = { name: zoneAliases[tzif.name] || tzif.name, tzif };
      else if (low === local.toLowerCase()) z = { name: local, local: true };
    }
    if (!z) throw new RangeError(`Invalid time zone specified: ${tz}`);
    zoneCache.set(low, z);
    return z;
  }

  function loadTzif(name) {
    let fs;
    try { fs = require('fs'); } catch { return undefined; }
    const dir = '/usr/share/zoneinfo/';
    let canonical = name;
    let buf;
    try {
      buf = fs.readFileSync(dir + name);
    } catch {
      // try a case-insensitive match
      try {
        const segs = name.split('/');
        let cur = '';
        const out = [];
        for (const seg of segs) {
          const ents = fs.readdirSync(dir + cur);
          const hit = ents.find((e) => e.toLowerCase() === seg.toLowerCase());
          if (!hit) return undefined;
          out.push(hit);
          cur += hit + '/';
        }
        canonical = out.join('/');
        buf = fs.readFileSync(dir + canonical);
      } catch {
        return undefined;
      }
    }
    if (buf.length < 44 || buf.toString('latin1', 0, 4) !== 'TZif') return undefined;
    try {
      return parseTzif(buf, canonical);
    } catch {
      return undefined;
    }
  }

  function parseTzif(buf, name) {
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const version = buf[4];
    const hdr = (off) => ({
      isutc: dv.getUint32(off + 20), isstd: dv.getUint32(off + 24), leap: dv.getUint32(off + 28),
      time: dv.getUint32(off + 32), type: dv.getUint32(off + 36), char: dv.getUint32(off + 40),
    });
    let h = hdr(0);
    let off = 44;
    let big = false;
    if (version >= 0x32) {
      off += h.time * 4 + h.time + h.type * 6 + h.char + h.leap * 8 + h.isstd + h.isutc;
      h = hdr(off);
      off += 44;
      big = true;
    }
    const times = [];
    for (let i = 0; i < h.time; i++) {
      if (big) times.push(Number(dv.getBigInt64(off + i * 8)));
      else times.push(dv.getInt32(off + i * 4));
    }
    off += h.time * (big ? 8 : 4);
    const idx = [];
    for (let i = 0; i < h.time; i++) idx.push(buf[off + i]);
    off += h.time;
    const types = [];
    for (let i = 0; i < h.type; i++) {
      types.push({ off: dv.getInt32(off + i * 6), dst: buf[off + i * 6 + 4] === 1, ai: buf[off + i * 6 + 5] });
    }
    off += h.type * 6;
    const chars = buf.toString('latin1', off, off + h.char);
    for (const t of types) t.abbr = chars.slice(t.ai, chars.indexOf('\0', t.ai));
    off += h.char + h.leap * (big ? 12 : 8) + h.isstd + h.isutc;
    let footer;
    if (big) {
      const rest = buf.toString('latin1', off).split('\n');
      if (rest.length >= 2 && rest[1]) footer = parsePosixTz(rest[1]);
    }
    return { name, times, idx, types, footer };
  }

  function parsePosixTz(s) {
    const m = /^(<[^>]+>|[A-Za-z]+)([+-]?\d+(?::\d+){0,2})(?:(<[^>]+>|[A-Za-z]+)([+-]?\d+(?::\d+){0,2})?(?:,([^,]+),([^,]+))?)?$/.exec(s);
    if (!m) return undefined;
    const clean = (a) => a.replace(/[<>]/g, '');
    const hms = (t) => {
      const neg = t[0] === '-';
      const p = t.replace(/^[+-]/, '').split(':').map(Number);
      const v = (p[0] || 0) * 3600 + (p[1] || 0) * 60 + (p[2] || 0);
      return neg ? -v : v;
    };
    const std = { abbr: clean(m[1]), off: -hms(m[2]), dst: false };
    if (!m[3]) return { std };
    const dst = { abbr: clean(m[3]), off: m[4] ? -hms(m[4]) : std.off + 3600, dst: true };
    const rule = (r) => {
      const [date, time] = r.split('/');
      const t = time === undefined ? 7200 : hms(time);
      const mm = /^M(\d+)\.(\d)\.(\d)$/.exec(date);
      if (mm) return { kind: 'M', m: +mm[1], w: +mm[2], d: +mm[3], t };
      if (date[0] === 'J') return { kind: 'J', n: +date.slice(1), t };
      return { kind: 'N', n: +date, t };
    };
    return { std, dst, start: m[5] ? rule(m[5]) : { kind: 'M', m: 3, w: 2, d: 0, t: 7200 }, end: m[6] ? rule(m[6]) : { kind: 'M', m: 11, w: 1, d: 0, t: 7200 } };
  }
  function ruleTime(year, r, offset) {
    // seconds since epoch (UTC) of the transition, given the local offset in effect before it
    let day;
    if (r.kind === 'M') {
      const first = Date.UTC(year, r.m - 1, 1) / 86400000;
      const wd = (new Date(first * 86400000).getUTCDay());
      let d = 1 + ((r.d - wd + 7) % 7) + (r.w - 1) * 7;
      const dim = new Date(Date.UTC(year, r.m, 0)).getUTCDate();
      while (d > dim) d -= 7;
      day = first + d - 1;
    } else if (r.kind === 'J') {
      let n = r.n;
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      if (leap && n >= 60) n++;
      day = Date.UTC(year, 0, 1) / 86400000 + n - 1;
    } else {
      day = Date.UTC(year, 0, 1) / 86400000 + r.n;
    }
    return day * 86400 + r.t - offset;
  }
  function tzifLookup(z, ms) {
    const t = Math.floor(ms / 1000);
    const { times, idx, types, footer } = z;
    if (times.length === 0 || t >= times[times.length - 1]) {
      if (footer) {
        if (!footer.dst) return footer.std;
        const year = new Date(ms).getUTCFullYear();
        const start = ruleTime(year, footer.start, footer.std.off);
        const end = ruleTime(year, footer.end, footer.dst.off);
        const inDst = start < end ? (t >= start && t < end) : !(t >= end && t < start);
        return inDst ? footer.dst : footer.std;
      }
      if (times.length === 0) return types[0];
      return types[idx[times.length - 1]];
    }
    if (t < times[0]) return types.find((x) => !x.dst) || types[0];
    let lo = 0;
    let hi = times.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (times[mid] <= t) lo = mid; else hi = mid - 1;
    }
    return types[idx[lo]];
  }

  // offset in minutes east of UTC, and the zone's abbreviation
  function zoneInfo(z, t) {
    if (z.utc) return { off: 0, abbr: 'UTC', dst: false };
    if (z.fixed !== undefined) return { off: z.fixed, abbr: undefined, dst: false };
    if (z.tzif) {
      const r = tzifLookup(z.tzif, t);
      return { off: Math.round(r.off / 60), abbr: r.abbr, dst: r.dst };
    }
    const off = -new Date(t).getTimezoneOffset();
    return { off, abbr: undefined, dst: false };
  }

  const zoneNames = {
    'America/New_York': ['E', 'Eastern'], 'America/Detroit': ['E', 'Eastern'], 'America/Toronto': ['E', 'Eastern'],
    'America/Chicago': ['C', 'Central'], 'America/Denver': ['M', 'Mountain'], 'America/Phoenix': ['M', 'Mountain'],
    'America/Los_Angeles': ['P', 'Pacific'], 'America/Vancouver': ['P', 'Pacific'],
    'America/Anchorage': ['AK', 'Alaska'], 'Pacific/Honolulu': ['H', 'Hawaii-Aleutian'],
  };
  const cet = ['Central European Standard Time', 'Central European Summer Time'];
  const eet = ['Eastern European Standard Time', 'Eastern European Summer Time'];
  const longZoneNames = {
    'Asia/Calcutta': ['India Standard Time'], 'Asia/Tokyo': ['Japan Standard Time'], 'Asia/Shanghai': ['China Standard Time'],
    'Asia/Seoul': ['Korean Standard Time'], 'Asia/Singapore': ['Singapore Standard Time'], 'Asia/Dubai': ['Gulf Standard Time'],
    'Australia/Sydney': ['Australian Eastern Standard Time', 'Australian Eastern Daylight Time'],
    'Australia/Melbourne': ['Australian Eastern Standard Time', 'Australian Eastern Daylight Time'],
    'Australia/Lord_Howe': ['Lord Howe Standard Time', 'Lord Howe Daylight Time'],
    'Europe/Paris': cet, 'Europe/Berlin': cet, 'Europe/Madrid': cet, 'Europe/Rome': cet, 'Europe/Amsterdam': cet,
    'Europe/Brussels': cet, 'Europe/Vienna': cet, 'Europe/Stockholm': cet, 'Europe/Oslo': cet, 'Europe/Copenhagen': cet,
    'Europe/Warsaw': cet, 'Europe/Prague': cet, 'Europe/Zurich': cet, 'Europe/Athens': eet, 'Europe/Helsinki': eet,
    'Europe/Kiev': eet, 'Europe/Bucharest': eet,
  };
  for (const k of Object.keys(longZoneNames)) if (longZoneNames[k].length === 1) longZoneNames[k].push(longZoneNames[k][0]);
  const zoneAliases = {
    'Asia/Kolkata': 'Asia/Calcutta', 'Asia/Ho_Chi_Minh': 'Asia/Saigon', 'Asia/Kathmandu': 'Asia/Katmandu',
    'Europe/Kyiv': 'Europe/Kiev', 'America/Argentina/Buenos_Aires': 'America/Buenos_Aires', 'Atlantic/Faroe': 'Atlantic/Faeroe',
    'Asia/Yangon': 'Asia/Rangoon', 'America/Nuuk': 'America/Godthab', 'Pacific/Chuuk': 'Pacific/Truk', 'Pacific/Pohnpei': 'Pacific/Ponape',
  };
  function offsetName(off, long) {
    const sign = off < 0 ? '-' : '+';
    const a = Math.abs(off);
    const hh = Math.floor(a / 60);
    const mm = a % 60;
    if (long) return `GMT${sign}${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
    return `GMT${sign}${hh}${mm ? ':' + String(mm).padStart(2, '0') : ''}`;
  }
  function timeZoneNameText(z, info, style, t) {
    if (style === 'longOffset') return offsetName(info.off, true);
    if (style === 'shortOffset') return offsetName(info.off, false);
    if (z.utc) {
      if (style === 'long') return 'Coordinated Universal Time';
      if (style === 'short') return 'UTC';
      return offsetName(0, style === 'longGeneric');
    }
    const us = t >= 0 ? zoneNames[z.name] : undefined;
    if (us) {
      const daylight = info.dst;
      if (style === 'short') return us[0] + (daylight ? 'D' : 'S') + 'T';
      if (style === 'long') return `${us[1]} ${daylight ? 'Daylight' : 'Standard'} Time`;
      if (style === 'shortGeneric') return us[0] + 'T';
      return `${us[1]} Time`;
    }
    const ln = style === 'long' && t >= 0 ? longZoneNames[z.name] : undefined;
    if (ln) return ln[info.dst ? 1 : 0];
    if (z.name === 'Europe/London' && (style === 'short' || style === 'long')) {
      if (!info.dst) return style === 'short' ? 'GMT' : 'Greenwich Mean Time';
      return style === 'short' ? 'GMT+1' : 'British Summer Time';
    }
    return offsetName(info.off, style === 'long' || style === 'longGeneric');
  }

  const dtfFields = [
    ['weekday', ['narrow', 'short', 'long']],
    ['era', ['narrow', 'short', 'long']],
    ['year', ['2-digit', 'numeric']],
    ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']],
    ['day', ['2-digit', 'numeric']],
    ['dayPeriod', ['narrow', 'short', 'long']],
    ['hour', ['2-digit', 'numeric']],
    ['minute', ['2-digit', 'numeric']],
    ['second', ['2-digit', 'numeric']],
    ['fractionalSecondDigits'],
    ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']],
  ];

  function DateTimeFormat(locales, options) {
    if (!new.target) return new DateTimeFormat(locales, options);
    const s = initDateTimeFormat(locales, options, 'any', 'date');
    const obj = Object.create(new.target.prototype);
    slots.set(obj, s);
    return obj;
  }

  function initDateTimeFormat(locales, options, required, defaults, C = 'DateTimeFormat') {
    const locale = resolveLocale(locales, localeKeys.dtf);
    const o = toOptions(options, C);
    getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
    const ca = getOption(o, 'calendar', 'string', undefined, undefined, C);
    if (ca !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(ca)) throw new RangeError('Invalid calendar : ' + ca);
    const nu = getOption(o, 'numberingSystem', 'string', undefined, undefined, C);
    if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError('Invalid numberingSystem : ' + nu);
    const hour12 = getOption(o, 'hour12', 'boolean', undefined, undefined, C);
    let hourCycle = getOption(o, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, C);
    if (hourCycle === undefined && hour12 === undefined) hourCycle = localeKeyword(locale, 'hc');
    if (hour12 !== undefined) hourCycle = hour12 ? 'h12' : 'h24';
    let tz = o.timeZone;
    let zone;
    if (tz === undefined) {
      tz = localZoneName();
      zone = resolveTimeZone(tz);
    } else {
      zone = resolveTimeZone(String(tz));
    }
    const s = { kind: 'DateTimeFormat', locale, zone, timeZone: zone.name };
    const f = {};
    for (const [name, values] of dtfFields) {
      if (name === 'fractionalSecondDigits') {
        const v = o.fractionalSecondDigits;
        if (v !== undefined) {
          const n = Number(v);
          if (Number.isNaN(n) || n < 1 || n > 3) throw new RangeError('fractionalSecondDigits value is out of range.');
          f.fractionalSecondDigits = Math.floor(n);
        }
      } else {
        const v = getOption(o, name, 'string', values, undefined, C);
        if (v !== undefined) f[name] = v;
      }
    }
    getOption(o, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit', C);
    const dateStyle = getOption(o, 'dateStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, C);
    const timeStyle = getOption(o, 'timeStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, C);
    if (dateStyle !== undefined || timeStyle !== undefined) {
      for (const k of Object.keys(f)) {
        throw new TypeError(`Can't set option ${k} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
      }
      if (required === 'date' && dateStyle === undefined) throw new TypeError('Invalid option : timeStyle');
      if (required === 'time' && timeStyle === undefined) throw new TypeError('Invalid option : dateStyle');
      s.dateStyle = dateStyle;
      s.timeStyle = timeStyle;
      if (timeStyle !== undefined) f.hour = 'numeric';
    } else {
      let needDefaults = true;
      if ((required === 'date' || required === 'any') &&
          (f.weekday !== undefined || f.year !== undefined || f.month !== undefined || f.day !== undefined)) needDefaults = false;
      if ((required === 'time' || required === 'any') &&
          (f.dayPeriod !== undefined || f.hour !== undefined || f.minute !== undefined || f.second !== undefined ||
           f.fractionalSecondDigits !== undefined)) needDefaults = false;
      if (needDefaults && (defaults === 'date' || defaults === 'all')) { f.year = 'numeric'; f.month = 'numeric'; f.day = 'numeric'; }
      if (needDefaults && (defaults === 'time' || defaults === 'all')) { f.hour = 'numeric'; f.minute = 'numeric'; f.second = 'numeric'; }
    }
    if (f.hour !== undefined) {
      s.hourCycle = hourCycle || 'h12';
      if (s.hourCycle === 'h23' || s.hourCycle === 'h24') delete f.dayPeriod;
      if (s.hourCycle === 'h23' || s.hourCycle === 'h24') f.hour = '2-digit';
      if (f.minute !== undefined || f.second !== undefined) {
        if (f.minute === undefined) f.minute = '2-digit';
      }
    }
    if (f.minute !== undefined && (f.hour !== undefined || f.second !== undefined)) f.minute = '2-digit';
    if (f.second !== undefined && f.minute !== undefined) f.second = '2-digit';
    if (f.minute !== undefined && f.hour === undefined && f.second === undefined) f.minute = 'numeric';
    if (f.second !== undefined && f.minute === undefined) f.second = 'numeric';
    if (f.fractionalSecondDigits !== undefined && f.hour !== undefined && f.minute !== undefined && f.second === undefined) f.second = '2-digit';
    s.fields = f;
    return s;
  }

  function dtResolved(s) {
    const r = { locale: s.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: s.timeZone };
    if (s.hourCycle !== undefined) {
      r.hourCycle = s.hourCycle;
      r.hour12 = s.hourCycle === 'h11' || s.hourCycle === 'h12';
    }
    if (s.dateStyle === undefined && s.timeStyle === undefined) {
      for (const [name] of dtfFields) if (s.fields[name] !== undefined) r[name] = s.fields[name];
    } else {
      if (s.dateStyle !== undefined) r.dateStyle = s.dateStyle;
      if (s.timeStyle !== undefined) r.timeStyle = s.timeStyle;
    }
    return r;
  }

  function pad2(n) { return n < 10 ? '0' + n : String(n); }

  // Broken-down fields of time value t in zone z.
  function breakDown(s, t) {
    const info = zoneInfo(s.zone, t);
    const d = new Date(t + info.off * 60000);
    return {
      year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(),
      hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), info,
    };
  }

  function toTimeValue(date) {
    let t;
    if (date === undefined) t = Date.now();
    else t = Number(date instanceof Date ? date.getTime() : date);
    if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) throw new RangeError('Invalid time value');
    return Math.trunc(t) + 0;
  }

  function dtParts(s, t) {
    const b = breakDown(s, t);
    const f = s.fields;
    const parts = [];
    const lit = (v) => {
      if (parts.length && parts[parts.length - 1].type === 'literal') parts[parts.length - 1].value += v;
      else parts.push({ type: 'literal', value: v });
    };
    const push = (type, value) => parts.push({ type, value });
    const eraYear = b.year > 0 ? b.year : 1 - b.year;
    const yearStr = () => (f.year === '2-digit' ? pad2(eraYear % 100) : String(eraYear));
    const eraStr = () => {
      const ad = b.year > 0;
      if (f.era === 'long') return ad ? 'Anno Domini' : 'Before Christ';
      if (f.era === 'narrow') return ad ? 'A' : 'B';
      return ad ? 'AD' : 'BC';
    };
    const weekdayStr = () => {
      const w = daysLong[b.weekday];
      return f.weekday === 'long' ? w : f.weekday === 'short' ? w.slice(0, 3) : w[0];
    };
    const monthText = f.month === 'long' || f.month === 'short' || f.month === 'narrow';
    const monthStr = () => {
      const m = monthsLong[b.month];
      switch (f.month) {
        case 'long': return m;
        case 'short': return m.slice(0, 3);
        case 'narrow': return m[0];
        case '2-digit': return pad2(b.month + 1);
        default: return String(b.month + 1);
      }
    };
    const dayStr = () => (f.day === '2-digit' ? pad2(b.day) : String(b.day));

    // date
    let dateStyleLong = false;
    const ds = s.dateStyle;
    if (ds !== undefined) {
      if (ds === 'full') { push('weekday', daysLong[b.weekday]); lit(', '); }
      if (ds === 'full' || ds === 'long') {
        push('month', monthsLong[b.month]); lit(' '); push('day', String(b.day)); lit(', '); push('year', String(eraYear));
        dateStyleLong = true;
      } else if (ds === 'medium') {
        push('month', monthsLong[b.month].slice(0, 3)); lit(' '); push('day', String(b.day)); lit(', '); push('year', String(eraYear));
      } else {
        push('month', String(b.month + 1)); lit('/'); push('day', String(b.day)); lit('/'); push('year', pad2(eraYear % 100));
      }
    } else {
      const hasY = f.year !== undefined;
      const hasM = f.month !== undefined;
      const hasD = f.day !== undefined;
      const hasW = f.weekday !== undefined;
      if (hasM) {
        if (hasW) { push('weekday', weekdayStr()); lit(', '); }
        if (monthText) {
          push('month', monthStr());
          if (hasD) { lit(' '); push('day', dayStr()); }
          if (hasY) { lit(hasD ? ', ' : ' '); push('year', yearStr()); }
          dateStyleLong = f.month === 'long';
        } else {
          push('month', monthStr());
          if (hasD) { lit('/'); push('day', dayStr()); }
          if (hasY) { lit('/'); push('year', yearStr()); }
        }
        if (f.era !== undefined) { lit(' '); push('era', eraStr()); }
      } else if (hasY || hasD || hasW) {
        if (hasY) push('year', yearStr());
        if (f.era !== undefined) { lit(' '); push('era', eraStr()); }
        if (hasD) {
          if (hasY) { lit(' (day: '); push('day', dayStr()); lit(')'); } else push('day', dayStr());
        }
        if (hasW) {
          if (hasY || hasD) lit(' ');
          push('weekday', weekdayStr());
        }
      } else if (f.era !== undefined && f.hour === undefined && f.minute === undefined && f.second === undefined) {
        push('era', eraStr());
      }
    }

    // time
    const ts = s.timeStyle;
    const tf = ts !== undefined
      ? { hour: s.hourCycle === 'h23' || s.hourCycle === 'h24' ? '2-digit' : 'numeric', minute: '2-digit', second: ts === 'short' ? undefined : '2-digit', tz: ts === 'full' ? 'long' : ts === 'long' ? 'short' : undefined }
      : { hour: f.hour, minute: f.minute, second: f.second, tz: f.timeZoneName, fsd: f.fractionalSecondDigits, dayPeriod: f.dayPeriod };
    const hasTime = tf.hour !== undefined || tf.minute !== undefined || tf.second !== undefined || tf.fsd !== undefined ||
      tf.dayPeriod !== undefined;
    const hasDate = parts.length > 0;
    if (hasTime || tf.tz !== undefined) {
      const weekdayOnly = ds === undefined && f.weekday !== undefined && f.year === undefined && f.month === undefined && f.day === undefined;
      if (hasDate) lit(dateStyleLong && hasTime ? ' at ' : weekdayOnly && hasTime ? ' ' : ', ');
    }
    if (hasTime) {
      const hc = s.hourCycle || 'h12';
      let h = b.hour;
      let ampm;
      if (tf.hour !== undefined) {
        if (hc === 'h12') { ampm = h < 12 ? 'AM' : 'PM'; h = h % 12 || 12; }
        else if (hc === 'h11') { ampm = h < 12 ? 'AM' : 'PM'; h %= 12; }
        else if (hc === 'h24') h = h || 24;
        push('hour', tf.hour === '2-digit' ? pad2(h) : String(h));
      }
      if (tf.minute !== undefined) {
        if (tf.hour !== undefined) lit(':');
        push('minute', tf.minute === '2-digit' ? pad2(b.minute) : String(b.minute));
      }
      if (tf.second !== undefined) {
        if (tf.hour !== undefined || tf.minute !== undefined) lit(':');
        push('second', tf.second === '2-digit' ? pad2(b.second) : String(b.second));
      }
      if (tf.fsd !== undefined) {
        if (tf.second !== undefined) lit('.');
        push('fractionalSecond', String(b.ms).padStart(3, '0').slice(0, tf.fsd));
      }
      if (tf.dayPeriod !== undefined && (tf.hour === undefined || ampm !== undefined)) {
        const hr = b.hour;
        let p;
        if (hr === 12 && b.minute === 0 && b.second === 0) p = tf.dayPeriod === 'narrow' ? 'n' : 'noon';
        else if (hr < 12) p = 'in the morning';
        else if (hr < 18) p = 'in the afternoon';
        else if (hr < 21) p = 'in the evening';
        else p = 'at night';
        if (tf.hour !== undefined) lit(' ');
        push('dayPeriod', p);
      } else if (ampm !== undefined) {
        lit('\u202f');
        push('dayPeriod', ampm);
      }
    }
    if (tf.tz !== undefined) {
      if (hasTime) lit(' ');
      push('timeZoneName', timeZoneNameText(s.zone, b.info, tf.tz, t));
    }
    return parts;
  }

  // format() shows a plain space before AM/PM, formatToParts U+202F
  function dtFormat(s, date) {
    return joinParts(dtParts(s, toTimeValue(date))).replace(/\u202f/g, ' ');
  }

  defineProto(DateTimeFormat.prototype, 'Intl.DateTimeFormat', {
    resolvedOptions() {
      return dtResolved(unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.resolvedOptions'));
    },
    formatToParts(date) {
      const s = unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatToParts');
      return dtParts(s, toTimeValue(date));
    },
    get format() {
      const s = unwrap(this, 'DateTimeFormat', 'get Intl.DateTimeFormat.prototype.format');
      if (!s.bound) s.bound = (date) => dtFormat(s, date);
      return s.bound;
    },
    formatRange(a, b) {
      const s = unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRange');
      return joinParts(dtRangeParts(s, a, b));
    },
    formatRangeToParts(a, b) {
      const s = unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRangeToParts');
      return dtRangeParts(s, a, b);
    },
  });
  function dtRangeParts(s, a, b) {
    if (a === undefined || b === undefined) throw new TypeError('startDate or endDate is undefined');
    const pa = dtParts(s, toTimeValue(a));
    const pb = dtParts(s, toTimeValue(b));
    if (joinParts(pa) === joinParts(pb)) return pa.map((p) => ({ ...p, source: 'shared' }));
    return [...pa.map((p) => ({ ...p, source: 'startRange' })), { type: 'literal', value: '\u2009–\u2009', source: 'shared' },
      ...pb.map((p) => ({ ...p, source: 'endRange' }))];
  }
  Object.defineProperty(DateTimeFormat, 'supportedLocalesOf', {
    value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
  });

  const dtCache = new Map();
  function dateToLocale(date, locales, options, required, defaults) {
    const C = required === 'any' ? 'Date.prototype.toLocaleString' : required === 'date' ? 'Date.prototype.toLocaleDateString' : 'Date.prototype.toLocaleTimeString';
    if (!(date instanceof Date)) throw new TypeError(`Method ${C} called on incompatible receiver ${describe(date)}`);
    const t = date.getTime();
    if (Number.isNaN(t)) return 'Invalid Date';
    let s;
    if (locales === undefined && options === undefined) {
      const key = required + defaults + localZoneName();
      s = dtCache.get(key);
      if (!s) { s = initDateTimeFormat(undefined, undefined, required, defaults); dtCache.set(key, s); }
    } else {
      s = initDateTimeFormat(locales, options, required, defaults, C);
    }
    return joinParts(dtParts(s, t)).replace(/\u202f/g, ' ');
  }

  // ---- Collator ----

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

  function ListFormat(locales, options) {
    if (!new.target) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
    const C = 'ListFormat';
    const locale = resolveLocale(locales);
    const o = toOptions(options, C);
    getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
    const type = getOption(o, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction', C);
    const style = getOption(o, 'style', 'string', ['long', 'short', 'narrow'], 'long', C);
    const obj = Object.create(new.target.prototype);
    slots.set(obj, { kind: 'ListFormat', locale, type, style });
    return obj;
  }
  function listItems(list) {
    if (list === undefined) return [];
    const out = [];
    for (const x of list) {
      if (typeof x !== 'string') throw new TypeError(`Iterable yielded ${typeof x === 'symbol' ? 'Symbol()' : String(x)} which is not a string`);
      out.push(x);
    }
    return out;
  }
  function listParts(s, list) {
    const items = listItems(list);
    const n = items.length;
    let sep = ', ';
    let last;
    let pair;
    if (s.type === 'conjunction') {
      if (s.style === 'long') { last = ', and '; pair = ' and '; }
      else if (s.style === 'short') { last = ', & '; pair = ' & '; }
      else { last = ', '; pair = ', '; }
    } else if (s.type === 'disjunction') {
      last = ', or '; pair = ' or ';
    } else if (s.style === 'narrow') {
      sep = last = pair = ' ';
    } else {
      last = pair = ', ';
    }
    const parts = [];
    for (let i = 0; i < n; i++) {
      if (i > 0) parts.push({ type: 'literal', value: n === 2 ? pair : (i === n - 1 ? last : sep) });
      parts.push({ type: 'element', value: items[i] });
    }
    return parts;
  }
  defineProto(ListFormat.prototype, 'Intl.ListFormat', {
    format(list) {
      return joinParts(listParts(unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.format'), list));
    },
    formatToParts(list) {
      return listParts(unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.formatToParts'), list);
    },
    resolvedOptions() {
      const s = unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.resolvedOptions');
      return { locale: s.locale, type: s.type, style: s.style };
    },
  });
  Object.defineProperty(ListFormat, 'supportedLocalesOf', {
    value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
  });

  // ---- Segmenter ----

  let seg;
  function segRegexes() {
    if (seg === undefined) {
      seg = {
        extend: /^[\p{M}\u200d\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u,
        pict: /^\p{Extended_Pictographic}$/u,
        ri: /^[\u{1F1E6}-\u{1F1FF}]$/u,
        wordChar: /^[\p{L}\p{N}\p{M}_\u200d]$/u,
        letter: /^[\p{L}\p{M}]$/u,
        digit: /^\p{N}$/u,
        ideo: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u,
        hspace: /^[\p{Zs}]$/u,
        upperStart: /^[\p{Lu}\p{Lt}\p{N}]$/u,
        lowerStart: /^\p{Ll}$/u,
      };
    }
    return seg;
  }
  function graphemes(str) {
    const r = segRegexes();
    const cps = Array.from(str);
    const out = [];
    let idx = 0;
    for (let i = 0; i < cps.length;) {
      const start = i;
      let c = cps[i++];
      if (c === '\r' && cps[i] === '\n') { i++; }
      else if (c !== '\r' && c !== '\n') {
        if (r.ri.test(c) && i < cps.length && r.ri.test(cps[i])) i++;
        const h = c.codePointAt(0);
        if (h >= 0x1100 && h <= 0x115f) {
          while (i < cps.length && /^[\u1100-\u115f\u1160-\u11ff\uac00-\ud7a3]$/.test(cps[i])) i++;
        }
        for (;;) {
          if (i < cps.length && r.extend.test(cps[i])) {
            const z = cps[i] === '\u200d';
            i++;
            if (z && i < cps.length && r.pict.test(cps[i]) && r.pict.test(cps[start])) i++;
            continue;
          }
          break;
        }
      }
      const s = cps.slice(start, i).join('');
      out.push({ segment: s, index: idx });
      idx += s.length;
    }
    return out;
  }
  function ideoScript(c) {
    if (/^\p{Script=Han}$/u.test(c)) return 'han';
    if (/^[\p{Script=Hiragana}\u30fc]$/u.test(c)) return 'hira';
    if (/^\p{Script=Katakana}$/u.test(c)) return 'kata';
    return '';
  }
  function words(str) {
    const r = segRegexes();
    const gs = graphemes(str);
    const out = [];
    const base = (g) => g.segment.length ? String.fromCodePoint(g.segment.codePointAt(0)) : '';
    for (let i = 0; i < gs.length;) {
      const start = i;
      const c = base(gs[i]);
      let wordLike = false;
      if (r.ideo.test(c)) {
        const script = ideoScript(c);
        i++;
        while (i < gs.length && ideoScript(base(gs[i])) === script) i++;
        wordLike = true;
      } else if (r.wordChar.test(c)) {
        wordLike = true;
        i++;
        for (;;) {
          if (i < gs.length && r.wordChar.test(base(gs[i])) && !r.ideo.test(base(gs[i]))) { i++; continue; }
          // mid-word punctuation between letters/digits
          if (i + 1 < gs.length) {
            const m = base(gs[i]);
            const prev = base(gs[i - 1]);
            const next = base(gs[i + 1]);
            const letters = r.letter.test(prev) && r.letter.test(next) && (m === "'" || m === '.' || m === ':' || m === '\u2019' || m === '\u00b7');
            const nums = r.digit.test(prev) && r.digit.test(next) && (m === '.' || m === ',' || m === ';' || m === "'" || m === '\u2019');
            if (letters || nums) { i += 2; continue; }
          }
          break;
        }
      } else if (r.hspace.test(c)) {
        i++;
        while (i < gs.length && r.hspace.test(base(gs[i]))) i++;
      } else {
        i++;
      }
      const segs = gs.slice(start, i);
      const s = segs.map((g) => g.segment).join('');
      out.push({ segment: s, index: gs[start].index, isWordLike: wordLike });
    }
    return out;
  }
  function sentences(str) {
    const r = segRegexes();
    const cps = Array.from(str);
    const out = [];
    let startIdx = 0;
    let cur = '';
    for (let i = 0; i < cps.length;) {
      const c = cps[i];
      cur += c;
      i++;
      let brk = false;
      if (c === '.' || c === '!' || c === '?' || c === '\u2026') {
        const before = i >= 2 ? cps[i - 2] : '';
        let sterm = c !== '.';
        while (i < cps.length && /^[.!?]$/.test(cps[i])) { if (cps[i] !== '.') sterm = true; cur += cps[i++]; }
        while (i < cps.length && /^["')\]}\u2019\u201d]$/.test(cps[i])) cur += cps[i++];
        let j = i;
        while (j < cps.length && /^[\p{Zs}\t]$/u.test(cps[j])) j++;
        let nl = false;
        if (j < cps.length && /^[\n\r\u2029\u2028]$/.test(cps[j])) { nl = true; j++; if (cps[j - 1] === '\r' && cps[j] === '\n') j++; }
        const c2 = cps[j];
        if (j >= cps.length || nl) brk = true;
        else if (/^[,;:]$/.test(c2)) brk = false;
        else if (sterm) brk = true;
        else if (j === i && r.digit.test(c2)) brk = false;
        else if (j === i && /^\p{Lu}$/u.test(before) && /^\p{Lu}$/u.test(c2)) brk = false;
        else {
          let k = j;
          while (k < cps.length && !r.letter.test(cps[k]) && !/^[.!?\n\r\u2029]$/.test(cps[k])) k++;
          brk = !(k < cps.length && r.lowerStart.test(cps[k]));
        }
        if (brk) { cur += cps.slice(i, j).join(''); i = j; }
      } else if (c === '\n' || c === '\u2029' || c === '\u2028' || (c === '\r' && cps[i] !== '\n')) {
        brk = true;
      }
      if (brk || i >= cps.length) {
        if (cur) out.push({ segment: cur, index: startIdx });
        startIdx += cur.length;
        cur = '';
      }
    }
    return out;
  }

  function Segmenter(locales, options) {
    if (!new.target) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
    const C = 'Segmenter';
    const locale = resolveLocale(locales);
    const o = toOptions(options, C);
    getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
    const granularity = getOption(o, 'granularity', 'string', ['grapheme', 'word', 'sentence'], 'grapheme', C);
    const obj = Object.create(new.target.prototype);
    slots.set(obj, { kind: 'Segmenter', locale, granularity });
    return obj;
  }
  function segmentList(s, str) {
    const list = s.granularity === 'grapheme' ? graphemes(str) : s.granularity === 'word' ? words(str) : sentences(str);
    return list.map((x) => {
      const o = { segment: x.segment, index: x.index, input: str };
      if (s.granularity === 'word') o.isWordLike = x.isWordLike;
      return o;
    });
  }
  function Segments() {}
  const SegmentIteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
  defineMethod(SegmentIteratorProto, 'next', function next() {
    const st = slots.get(this);
    if (!st || st.kind !== 'SegmentIterator') throw new TypeError('Method %SegmentIterator.prototype%.next called on incompatible receiver ' + describe(this));
    if (st.i >= st.list.length) return { value: undefined, done: true };
    return { value: st.list[st.i++], done: false };
  });
  Object.defineProperty(SegmentIteratorProto, Symbol.toStringTag, { value: 'Segmenter String Iterator', configurable: true });
  defineMethod(Segments.prototype, 'containing', function containing(index) {
    const st = slots.get(this);
    if (!st || st.kind !== 'Segments') throw new TypeError('Method %Segments.prototype%.containing called on incompatible receiver ' + describe(this));
    let n = Math.trunc(Number(index)) || 0;
    if (index === undefined) n = 0;
    if (n < 0 || n >= st.input.length) return undefined;
    if (!st.list) st.list = segmentList(st.seg, st.input);
    for (const x of st.list) {
      if (n >= x.index && n < x.index + x.segment.length) return { ...x };
    }
    return undefined;
  });
  defineMethod(Segments.prototype, Symbol.iterator, function iterator() {
    const st = slots.get(this);
    if (!st || st.kind !== 'Segments') throw new TypeError('Method %Segments.prototype%[@@iterator] called on incompatible receiver ' + describe(this));
    if (!st.list) st.list = segmentList(st.seg, st.input);
    const it = Object.create(SegmentIteratorProto);
    slots.set(it, { kind: 'SegmentIterator', list: st.list.map((x) => ({ ...x })), i: 0 });
    return it;
  });
  Object.defineProperty(Segments.prototype, 'constructor', { value: Object, writable: true, configurable: true });
  defineProto(Segmenter.prototype, 'Intl.Segmenter', {
    segment(string) {
      const s = unwrap(this, 'Segmenter', 'Intl.Segmenter.prototype.segment');
      const segs = Object.create(Segments.prototype);
      slots.set(segs, { kind: 'Segments', seg: s, input: String(string) });
      return segs;
    },
    resolvedOptions() {
      const s = unwrap(this, 'Segmenter', 'Intl.Segmenter.prototype.resolvedOptions');
      return { locale: s.locale, granularity: s.granularity };
    },
  });
  Object.defineProperty(Segmenter, 'supportedLocalesOf', {
    value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
  });

  // ---- DisplayNames (small English tables; unknown codes fall back to the code) ----

  const dnRegion = { US: 'United States', GB: 'United Kingdom', CA: 'Canada', AU: 'Australia', DE: 'Germany', FR: 'France', JP: 'Japan', CN: 'China', IN: 'India', BR: 'Brazil', MX: 'Mexico', ES: 'Spain', IT: 'Italy', RU: 'Russia', KR: 'South Korea', NL: 'Netherlands', SE: 'Sweden', CH: 'Switzerland', IE: 'Ireland', NZ: 'New Zealand', '001': 'world', 419: 'Latin America' };
  const dnLang = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ru: 'Russian', pt: 'Portuguese', ar: 'Arabic', hi: 'Hindi', nl: 'Dutch', sv: 'Swedish', pl: 'Polish', tr: 'Turkish', 'en-US': 'American English', 'en-GB': 'British English', 'en-AU': 'Australian English', 'en-CA': 'Canadian English', 'fr-CA': 'Canadian French', 'es-MX': 'Mexican Spanish', 'pt-BR': 'Brazilian Portuguese', 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese' };
  const dnScript = { Latn: 'Latin', Cyrl: 'Cyrillic', Arab: 'Arabic', Hans: 'Simplified Han', Hant: 'Traditional Han', Grek: 'Greek', Hebr: 'Hebrew', Jpan: 'Japanese', Kore: 'Korean' };
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

  const Intl = {};
  const members = {
    getCanonicalLocales(locales) { return canonicalizeLocaleList(locales); },
    supportedValuesOf(key) {
      const k = String(key);
      if (!Object.prototype.hasOwnProperty.call(supportedValues, k)) throw new RangeError(`Invalid key : ${k}`);
      if (k === 'unit') { unitInfo('byte'); return [...units.keys()]; }
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

  return {
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
}
