const units = ['kilometer-per-hour', 'mile-per-hour', 'byte', 'kilobyte', 'megabyte', 'gigabyte', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'millisecond', 'meter', 'kilometer', 'mile', 'foot', 'inch', 'celsius', 'fahrenheit', 'percent', 'liter', 'kilogram', 'pound', 'bit', 'megabit-per-second', 'kilobyte-per-second', 'liter-per-kilometer'];
for (const u of units) {
  const row = [];
  for (const ud of ['short', 'long', 'narrow']) {
    const nf = new Intl.NumberFormat('en-US', { style: 'unit', unit: u, unitDisplay: ud });
    row.push([1, 2.5, -3, 1000].map((v) => nf.format(v)).join(', '));
  }
  console.log(u, '|', row.join(' | '));
}
console.log(JSON.stringify(new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour' }).formatToParts(50)));
console.log(JSON.stringify(new Intl.NumberFormat('en', { style: 'unit', unit: 'liter', unitDisplay: 'long' }).resolvedOptions()));
for (const bad of [{ style: 'unit' }, { style: 'unit', unit: 'parsec' }, { style: 'unit', unit: 'meter-per-parsec' }]) {
  try { new Intl.NumberFormat('en', bad); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
