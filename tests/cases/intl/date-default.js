process.env.TZ = 'UTC';
const dates = [new Date(Date.UTC(2024, 0, 5, 15, 4, 9, 123)), new Date(0), new Date(Date.UTC(1999, 11, 31, 23, 59, 59)), new Date(Date.UTC(2024, 6, 15, 0, 30, 5)), new Date(Date.UTC(12, 0, 1)), new Date(NaN)];
for (const d of dates) console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
const d = dates[0];
console.log(d.toLocaleString('en-US', { timeZone: 'UTC' }));
console.log(d.toLocaleDateString('en-US', { month: 'long' }), '|', d.toLocaleTimeString('en-US', { month: 'long' }));
console.log(d.toLocaleDateString('en-US', { hour: '2-digit' }), '|', d.toLocaleTimeString('en-US', { hour: '2-digit' }));
console.log(d.toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
console.log(d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
console.log(new Intl.DateTimeFormat().format(d), new Intl.DateTimeFormat('en-US').format(0));
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone);
try { d.toLocaleDateString('en', { timeStyle: 'short' }); } catch (e) { console.log(e.name, e.message); }
