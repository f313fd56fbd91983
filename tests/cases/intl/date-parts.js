const d = Date.UTC(2024, 0, 5, 15, 4, 9, 123);
const show = (o) => console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...o }).formatToParts(d)));
show({});
show({ dateStyle: 'medium', timeStyle: 'short' });
show({ dateStyle: 'full', timeStyle: 'full' });
show({ hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 2 });
show({ weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', timeZoneName: 'short' });
show({ hour: 'numeric', dayPeriod: 'long' });
// format() has a plain space before AM/PM; formatToParts has U+202F
const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeStyle: 'short' });
console.log(escape(f.format(d)), f.formatToParts(d).map((p) => escape(p.value)).join('|'));
console.log(escape(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatRange(0, 86400000 * 3)));
try { new Intl.DateTimeFormat('en').format(NaN); } catch (e) { console.log(e.name, e.message); }
try { new Intl.DateTimeFormat('en').formatToParts(8.64e15 + 1); } catch (e) { console.log(e.name, e.message); }
console.log(new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 1, 29))));
