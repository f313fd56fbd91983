'use strict';
// Local time follows TZ (set at run time, as node re-reads it): toString
// and toTimeString carry the zone's long name, the local getters, setters,
// the constructor from fields and Date.parse of zone-less strings use the
// zone's offset, including across daylight-saving transitions.
const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Los_Angeles',
  'Asia/Tokyo', 'Europe/London', 'Etc/UTC'];
const times = [0, 86400000 * 365.25 * 30, Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12, 30, 45, 123),
  Date.UTC(2024, 2, 10, 7, 30), Date.UTC(2024, 9, 6, 15, 45)];
for (const tz of zones) {
  process.env.TZ = tz;
  console.log(`== ${tz}`);
  for (const t of times) {
    const d = new Date(t);
    console.log(d.toString());
    console.log(' ', d.toTimeString(), '|', d.toDateString(), '|', d.toLocaleString(), '|', d.toLocaleDateString(), '|',
      d.toLocaleTimeString());
    console.log(' ', d.getTimezoneOffset(), d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(),
      d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getYear());
  }
  console.log(' fields', new Date(2024, 0, 1).getTime(), new Date(2024, 6, 1, 12, 30).getTime(), new Date(2024, 2, 10, 2, 30).getTime(),
    new Date(2024, 10, 3, 1, 30).getTime(), new Date(2024, 2, 31, 2, 30).getTime(), new Date(2024, 3, 7, 2, 30).getTime(),
    new Date(99, 0).getTime());
  console.log(' parse', Date.parse('2024-01-01'), Date.parse('2024-01-01T10:00'), Date.parse('2024-01-01T10:00Z'),
    Date.parse('Jan 1 2024 10:00'), Date.parse('Jan 1 2024 10:00 GMT+0100'), Date.parse(new Date(0).toString()),
    new Date('2024-06-01T00:00:00').getTime());
  const e = new Date(2020, 5, 15, 10);
  e.setHours(25);
  const a = e.getTime();
  e.setMonth(0);
  const b = e.getTime();
  e.setFullYear(1999, 11, 31);
  const c = e.getTime();
  e.setMinutes(90, 30);
  console.log(' setters', a, b, c, e.getTime(), e.setDate(0), e.setSeconds(-1), e.setMilliseconds(1500));
  console.log(' string', String(new Date(86400000)), `${new Date(1e12)}`);
}
console.log(new Date(NaN).toString(), new Date(NaN).toTimeString(), new Date(NaN).getHours(), new Date(NaN).getTimezoneOffset());
console.log(typeof Date(), Date.length, Date.name, new Date(2024, 0) instanceof Date, Object.prototype.toString.call(new Date()),
  Date.prototype.constructor === Date);
class D2 extends Date {}
console.log(new D2(2024, 1, 2).getMonth(), new D2(0) instanceof D2, new D2(0) instanceof Date);
console.log(new Date({ valueOf() { return 5; } }).getTime(), new Date(new Date(7)).getTime(), new Date(true).getTime());
try { Date.prototype.getHours.call({}); } catch (err) { console.log(err.constructor.name, err.message); }
