const d1 = Date.UTC(2024, 0, 5, 15, 4, 9, 123);
const d2 = Date.UTC(2024, 6, 15, 0, 30, 5);
const combos = [{}, { year: 'numeric' }, { month: 'long' }, { month: 'short' }, { month: 'narrow' }, { month: 'numeric' }, { month: '2-digit' }, { day: 'numeric' }, { day: '2-digit' }, { weekday: 'long' }, { weekday: 'short' }, { weekday: 'narrow' },
  { year: 'numeric', month: 'long' }, { year: 'numeric', month: 'short' }, { year: 'numeric', month: 'numeric' }, { year: '2-digit', month: '2-digit' }, { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }, { month: 'numeric', day: 'numeric' }, { month: '2-digit', day: '2-digit' },
  { year: 'numeric', month: 'long', day: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric' }, { year: 'numeric', month: '2-digit', day: '2-digit' }, { year: '2-digit', month: 'numeric', day: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }, { weekday: 'long', month: 'long', day: 'numeric' }, { weekday: 'short', month: 'numeric', day: 'numeric' },
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' }, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { weekday: 'long', hour: 'numeric' },
  { era: 'short' }, { year: 'numeric', era: 'short' }, { year: 'numeric', month: 'long', day: 'numeric', era: 'long' }];
for (const c of combos) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...c });
  console.log(JSON.stringify(c), '|', f.format(d1), '|', f.format(d2), '|', JSON.stringify(f.resolvedOptions()));
}
console.log(new Date(Date.UTC(-50, 0, 1)).toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', era: 'short' }));
