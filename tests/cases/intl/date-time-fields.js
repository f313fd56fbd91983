const d1 = Date.UTC(2024, 0, 5, 15, 4, 9, 123);
const d2 = Date.UTC(2024, 6, 15, 0, 30, 5);
const d3 = Date.UTC(2024, 6, 15, 12, 0, 0);
const combos = [{ hour: 'numeric' }, { hour: '2-digit' }, { hour: 'numeric', minute: '2-digit' }, { hour: '2-digit', minute: '2-digit' }, { hour: 'numeric', minute: 'numeric', second: 'numeric' }, { minute: 'numeric' }, { second: 'numeric' }, { minute: '2-digit', second: '2-digit' },
  { hour: 'numeric', hour12: false }, { hour: 'numeric', minute: 'numeric', hour12: false }, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }, { hour: 'numeric', hourCycle: 'h23' }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h11' }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h24' }, { hour: 'numeric', minute: 'numeric', hour12: true },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 }, { second: 'numeric', fractionalSecondDigits: 2 }, { hour: 'numeric', minute: 'numeric', fractionalSecondDigits: 1 },
  { timeZoneName: 'short' }, { hour: 'numeric', timeZoneName: 'short' }, { hour: 'numeric', minute: 'numeric', timeZoneName: 'long' }, { timeZoneName: 'shortOffset' }, { timeZoneName: 'longOffset' },
  { hour: 'numeric', dayPeriod: 'short' }, { hour: 'numeric', dayPeriod: 'long' }, { dayPeriod: 'narrow' }];
for (const c of combos) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...c });
  console.log(JSON.stringify(c), '|', [d1, d2, d3].map(f.format).join(' | '), '|', JSON.stringify(f.resolvedOptions()));
}
