const ds = [Date.UTC(2024, 0, 5, 15, 4, 9), Date.UTC(2024, 6, 15, 0, 30, 5), Date.UTC(1999, 11, 31, 12, 0, 0)];
const styles = ['full', 'long', 'medium', 'short'];
for (const d of ds) {
  for (const s of styles) {
    const a = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: s }).format(d);
    const b = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeStyle: s }).format(d);
    const c = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: s, timeStyle: s }).format(d);
    const e = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: s, timeStyle: 'short' }).format(d);
    console.log(s, '|', a, '|', b, '|', c, '|', e);
  }
}
console.log(new Date(ds[0]).toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short', hour12: false }));
console.log(new Date(ds[0]).toLocaleString('en-US', { timeZone: 'UTC', timeStyle: 'short', hourCycle: 'h23' }));
for (const s of styles) console.log(JSON.stringify(new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: s, timeStyle: s }).resolvedOptions()));
try { new Intl.DateTimeFormat('en', { dateStyle: 'long', year: 'numeric' }); } catch (e) { console.log(e.name, e.message); }
try { new Intl.DateTimeFormat('en', { dateStyle: 'huge' }); } catch (e) { console.log(e.name, e.message); }
