const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
for (const style of ['long', 'short', 'narrow']) {
  for (const numeric of ['always', 'auto']) {
    const rtf = new Intl.RelativeTimeFormat('en', { style, numeric });
    for (const u of units) console.log(style, numeric, u, '|', [-2, -1, 0, -0, 1, 2, 1000, 1.5].map((v) => rtf.format(v, u)).join(' | '));
  }
}
const rtf = new Intl.RelativeTimeFormat('en');
console.log(rtf.format(3, 'days'), '|', rtf.format(-5, 'minutes'));
console.log(JSON.stringify(rtf.formatToParts(-1234.5, 'hour')));
console.log(JSON.stringify(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).formatToParts(-1, 'day')));
console.log(JSON.stringify(rtf.resolvedOptions()), JSON.stringify(new Intl.RelativeTimeFormat('en-US', { style: 'narrow', numeric: 'auto' }).resolvedOptions()));
for (const [v, u] of [[1, 'fortnight'], [NaN, 'day'], [Infinity, 'day'], [1, 'milliseconds']]) {
  try { rtf.format(v, u); } catch (e) { console.log(e.name, e.message); }
}
try { Intl.RelativeTimeFormat(); } catch (e) { console.log(e.name, e.message); }
