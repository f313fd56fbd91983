const ts = [Date.UTC(2024, 0, 1, 12), Date.UTC(2024, 6, 1, 12), Date.UTC(2024, 2, 10, 6, 59), Date.UTC(2024, 2, 10, 7, 0), Date.UTC(2024, 10, 3, 5, 59), Date.UTC(2024, 10, 3, 6, 0), Date.UTC(2060, 6, 1)];
for (const tz of ['UTC', 'America/New_York', 'America/Los_Angeles', 'America/Chicago', 'Europe/London', 'Europe/Paris', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney']) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: tz, dateStyle: 'medium', timeStyle: 'long' });
  console.log(tz, f.resolvedOptions().timeZone, '|', ts.map((t) => f.format(t)).join(' | '));
  for (const n of ['short', 'long', 'shortOffset', 'longOffset']) {
    const g = new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', timeZoneName: n });
    console.log('  ', n, ts.slice(0, 2).map((t) => g.format(t)).join(' | '));
  }
}
for (const tz of ['utc', 'Etc/UTC', 'GMT', 'Etc/GMT', 'america/new_york']) console.log(tz, new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone);
try { new Intl.DateTimeFormat('en', { timeZone: 'Foo/Bar' }); } catch (e) { console.log(e.name, e.message); }
console.log(new Date(Date.UTC(2024, 0, 1)).toLocaleString('en-US', { timeZone: 'America/New_York' }));
