'use strict';
// Local time for Date. The engine's Date knows only UTC; this makes the
// local-time methods follow the zone TZ names (read from the host's
// zoneinfo by internal/intl), as Node's do: getters and setters of local
// fields, getTimezoneOffset, toString/toDateString/toTimeString with the
// zone's long name ("GMT-0500 (Eastern Standard Time)"), the constructor
// from local fields and Date.parse of strings without a zone.
//
// install(globalThis, zoneAt): zoneAt(t) returns { off, name }, the offset
// in minutes east of UTC at time t and the zone's long name.

const {
  DateNow,
  DatePrototypeGetTime,
  DatePrototypeGetUTCDate,
  DatePrototypeGetUTCDay,
  DatePrototypeGetUTCFullYear,
  DatePrototypeGetUTCHours,
  DatePrototypeGetUTCMilliseconds,
  DatePrototypeGetUTCMinutes,
  DatePrototypeGetUTCMonth,
  DatePrototypeGetUTCSeconds,
  DatePrototypeSetTime,
  DateUTC,
  DateParse,
  MathAbs,
  MathFloor,
  NumberIsNaN,
  ObjectDefineProperty,
  ReflectApply,
  ReflectConstruct,
  SymbolToPrimitive,
  StringPrototypePadStart,
  RegExpPrototypeExec,
  TypeError,
} = primordials;
const OrigDate = primordials.Date;

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const msPerMinute = 60000;

function install(g, zoneAt) {
  const proto = OrigDate.prototype;

  function offsetAt(t) {
    return zoneAt(t).off;
  }

  // toUTC converts a local time value to UTC (ECMA-262 UTC(t)): of the
  // offsets in effect a day either side, the one that maps back to local;
  // in a repeated hour the earlier instant, in a skipped one the offset
  // before the transition.
  const msPerDay = 86400000;
  function toUTC(local) {
    if (!Number.isFinite(local)) return NaN;
    const before = offsetAt(local - msPerDay) * msPerMinute;
    const after = offsetAt(local + msPerDay) * msPerMinute;
    const ub = local - before;
    if (before === after) return ub;
    const ua = local - after;
    const okB = offsetAt(ub) * msPerMinute === before;
    const okA = offsetAt(ua) * msPerMinute === after;
    if (okB && okA) return ub < ua ? ub : ua;
    if (okA) return ua;
    return ub;
  }

  // timeClip as ECMA-262's TimeClip.
  function timeClip(t) {
    if (!Number.isFinite(t) || MathAbs(t) > 8.64e15) return NaN;
    return t + 0 === 0 ? 0 : Math.trunc(t);
  }

  function thisTime(d) {
    try {
      return DatePrototypeGetTime(d);
    } catch {
      throw new TypeError(`this is not a Date object.`);
    }
  }

  // localFields returns a Date whose UTC fields are the local fields of t.
  function localFields(t) {
    return new OrigDate(t + offsetAt(t) * msPerMinute);
  }

  function define(name, fn) {
    ObjectDefineProperty(proto, name, { __proto__: null, value: fn, writable: true, enumerable: false, configurable: true });
  }

  const getters = [
    ['getFullYear', DatePrototypeGetUTCFullYear], ['getMonth', DatePrototypeGetUTCMonth],
    ['getDate', DatePrototypeGetUTCDate], ['getDay', DatePrototypeGetUTCDay],
    ['getHours', DatePrototypeGetUTCHours], ['getMinutes', DatePrototypeGetUTCMinutes],
    ['getSeconds', DatePrototypeGetUTCSeconds], ['getMilliseconds', DatePrototypeGetUTCMilliseconds],
  ];
  for (const [name, utc] of getters) {
    define(name, { [name]() {
      const t = thisTime(this, name);
      if (NumberIsNaN(t)) return NaN;
      return utc(localFields(t));
    } }[name]);
  }
  define('getYear', function getYear() {
    const t = thisTime(this, 'getYear');
    if (NumberIsNaN(t)) return NaN;
    return DatePrototypeGetUTCFullYear(localFields(t)) - 1900;
  });
  define('getTimezoneOffset', function getTimezoneOffset() {
    const t = thisTime(this, 'getTimezoneOffset');
    if (NumberIsNaN(t)) return NaN;
    const off = offsetAt(t);
    return off === 0 ? 0 : -off;
  });

  // Setters: the local fields, changed as the UTC setter would change
  // them, converted back to UTC.
  const setters = ['setFullYear', 'setMonth', 'setDate', 'setHours', 'setMinutes', 'setSeconds', 'setMilliseconds'];
  for (const name of setters) {
    const utcSetter = proto['setUTC' + name.slice(3)];
    define(name, { [name](...args) {
      let t = thisTime(this, name);
      if (NumberIsNaN(t)) {
        if (name !== 'setFullYear') {
          // ToNumber of the arguments still happens.
          for (let i = 0; i < args.length; i++) +args[i];
          return NaN;
        }
        t = toUTC(0);
      }
      const shifted = localFields(t);
      const local = ReflectApply(utcSetter, shifted, args);
      const v = timeClip(toUTC(local));
      DatePrototypeSetTime(this, v);
      return v;
    } }[name]);
  }
  define('setYear', function setYear(y) {
    y = +y;
    let t = thisTime(this, 'setYear');
    if (NumberIsNaN(y)) { DatePrototypeSetTime(this, NaN); return NaN; }
    const yi = Math.trunc(y);
    const full = yi >= 0 && yi <= 99 ? 1900 + yi : y;
    if (NumberIsNaN(t)) t = toUTC(0);
    const shifted = localFields(t);
    const local = ReflectApply(proto.setUTCFullYear, shifted, [full]);
    const v = timeClip(toUTC(local));
    DatePrototypeSetTime(this, v);
    return v;
  });

  function pad(n, w = 2) {
    return StringPrototypePadStart(`${n}`, w, '0');
  }

  function yearText(y) {
    return y < 0 ? `-${pad(-y, 6)}` : pad(y, 4);
  }

  function dateText(l) {
    return `${days[DatePrototypeGetUTCDay(l)]} ${months[DatePrototypeGetUTCMonth(l)]} ${pad(DatePrototypeGetUTCDate(l))} ` +
      `${yearText(DatePrototypeGetUTCFullYear(l))}`;
  }

  function timeText(l, t) {
    const z = zoneAt(t);
    const a = MathAbs(z.off);
    return `${pad(DatePrototypeGetUTCHours(l))}:${pad(DatePrototypeGetUTCMinutes(l))}:${pad(DatePrototypeGetUTCSeconds(l))} ` +
      `GMT${z.off < 0 ? '-' : '+'}${pad(MathFloor(a / 60))}${pad(a % 60)} (${z.name})`;
  }

  define('toString', function toString() {
    const t = thisTime(this, 'toString');
    if (NumberIsNaN(t)) return 'Invalid Date';
    const l = localFields(t);
    return `${dateText(l)} ${timeText(l, t)}`;
  });
  define('toDateString', function toDateString() {
    const t = thisTime(this, 'toDateString');
    if (NumberIsNaN(t)) return 'Invalid Date';
    return dateText(localFields(t));
  });
  define('toTimeString', function toTimeString() {
    const t = thisTime(this, 'toTimeString');
    if (NumberIsNaN(t)) return 'Invalid Date';
    return timeText(localFields(t), t);
  });

  // A string names its zone when it ends in Z, an offset, GMT/UTC/UT or a
  // US zone abbreviation (what Date.parse understands), possibly followed
  // by a parenthesized comment; ISO date-only forms are UTC.
  const zoned = /(?:Z|[+-]\d\d:?\d\d|\b(?:GMT|UTC|UT|[ECMP][SD]T)(?:[+-]\d{1,4}(?::?\d\d)?)?)\s*(?:\([^)]*\)\s*)?$/i;
  const isoDateOnly = /^\s*[+-]?\d{4,6}(?:-\d\d(?:-\d\d)?)?\s*$/;
  function parse(s) {
    s = `${s}`;
    const t = DateParse(s);
    if (NumberIsNaN(t)) return t;
    if (RegExpPrototypeExec(isoDateOnly, s) !== null || RegExpPrototypeExec(zoned, s) !== null) return t;
    return timeClip(toUTC(t));
  }

  // The constructor: local fields when given two or more numbers, a string
  // parsed as above, everything else as the engine's.
  function Date(year, month, date, hours, minutes, seconds, ms) {
    if (new.target === undefined) return new OrigDate(DateNow()).toString();
    const n = arguments.length;
    let d;
    if (n >= 2) {
      const utc = ReflectApply(DateUTC, undefined, arguments);
      d = ReflectConstruct(OrigDate, [timeClip(toUTC(utc))], new.target);
    } else if (n === 1 && typeof year === 'string') {
      d = ReflectConstruct(OrigDate, [parse(year)], new.target);
    } else if (n === 1 && ((year !== null && typeof year === 'object') || typeof year === 'function') && !isDate(year)) {
      const p = toPrimitiveDefault(year);
      d = ReflectConstruct(OrigDate, [typeof p === 'string' ? parse(p) : p], new.target);
    } else {
      d = ReflectConstruct(OrigDate, n === 0 ? [] : [year], new.target);
    }
    return d;
  }
  function isDate(v) {
    try { DatePrototypeGetTime(v); return true; } catch { return false; }
  }
  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }
  // toPrimitiveDefault is ToPrimitive(v, default), as new Date(value) does.
  function toPrimitiveDefault(v) {
    const exotic = v[SymbolToPrimitive];
    if (exotic !== undefined && exotic !== null) {
      const r = ReflectApply(exotic, v, ['default']);
      if (!isObject(r)) return r;
    } else {
      for (const m of ['valueOf', 'toString']) {
        const f = v[m];
        if (typeof f === 'function') {
          const r = ReflectApply(f, v, []);
          if (!isObject(r)) return r;
        }
      }
    }
    throw new TypeError('Cannot convert object to primitive value');
  }
  ObjectDefineProperty(Date, 'prototype', { __proto__: null, value: proto, writable: false, enumerable: false, configurable: false });
  for (const k of Reflect.ownKeys(OrigDate)) {
    if (k === 'prototype' || k === 'length' || k === 'name') continue;
    ObjectDefineProperty(Date, k, { __proto__: null, ...Reflect.getOwnPropertyDescriptor(OrigDate, k) });
  }
  ObjectDefineProperty(Date, 'parse', { __proto__: null, value: function parse_(s) { return parse(s); }, writable: true, enumerable: false, configurable: true });
  ObjectDefineProperty(Date.parse, 'name', { __proto__: null, value: 'parse' });
  ObjectDefineProperty(proto, 'constructor', { __proto__: null, value: Date, writable: true, enumerable: false, configurable: true });
  ObjectDefineProperty(g, 'Date', { __proto__: null, value: Date, writable: true, enumerable: false, configurable: true });
}

module.exports = { install };
