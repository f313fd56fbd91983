'use strict';
// Intl.DateTimeFormat, time zones (TZif data), and Date toLocale*String.

const { defineProto, describe, getOption, localeKeys, localeKeyword, resolveLocale, slots, supportedLocalesOf, toOptions, unwrap } = require('internal/intl/common');
const { joinParts } = require('internal/intl/number');

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

module.exports = {
  monthsLong,
  daysLong,
  utcNames,
  localZone,
  localZoneEnv,
  localZoneName,
  zoneCache,
  resolveTimeZone,
  loadTzif,
  parseTzif,
  parsePosixTz,
  ruleTime,
  tzifLookup,
  zoneInfo,
  zoneNames,
  cet,
  eet,
  longZoneNames,
  zoneAliases,
  offsetName,
  timeZoneNameText,
  dtfFields,
  DateTimeFormat,
  initDateTimeFormat,
  dtResolved,
  pad2,
  breakDown,
  toTimeValue,
  dtParts,
  dtFormat,
  dtRangeParts,
  dtCache,
  dateToLocale,
};
