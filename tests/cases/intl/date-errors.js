const tryit = (label, fn) => { try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, e.name, e.message); } };
for (const o of [{ month: 'wide' }, { year: 'full' }, { hourCycle: 'h25' }, { fractionalSecondDigits: 4 }, { fractionalSecondDigits: 0 }, { timeStyle: 'short', hour: 'numeric' }, { dateStyle: 'short', weekday: 'long' }, { timeZoneName: 'x' }, { formatMatcher: 'x' }, { calendar: '!!' }]) {
  tryit(JSON.stringify(o), () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', ...o }).resolvedOptions());
}
tryit('new-less', () => Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(0));
tryit('default resolved', () => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).resolvedOptions());
tryit('hour12 resolved', () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric', hour12: false }).resolvedOptions());
tryit('invalid date toLocale', () => [new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleTimeString()]);
tryit('toLocaleString on non-date', () => Date.prototype.toLocaleString.call({}));
tryit('format string arg', () => new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format('0'));
tryit('format Date', () => new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(new Date(86400000)));
