// Number.prototype.toLocaleString and the default Intl.NumberFormat (en-US)
const vals = [0, -0, 1, -1, 0.5, 1234567.891, 1.005, 0.1 + 0.2, 1e21, 1.5e-7, -1234.5, NaN, Infinity, -Infinity, 999.9995, 123456789];
for (const v of vals) console.log(String(v), (v).toLocaleString(), v.toLocaleString('en-US'), new Intl.NumberFormat().format(v));
console.log((1234.5).toLocaleString('en-GB'), (1234.5).toLocaleString(['en-US', 'fr']));
console.log(new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(1234));
console.log(new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(2.5), new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(-2.5));
console.log(new Intl.NumberFormat('en', { minimumIntegerDigits: 3 }).format(7));
console.log(new Intl.NumberFormat('en', { useGrouping: false }).format(1234567.25));
console.log(new Intl.NumberFormat('en', { useGrouping: 'min2' }).format(1234), new Intl.NumberFormat('en', { useGrouping: 'min2' }).format(12345));
console.log(new Intl.NumberFormat('en').format('1234.56789'), new Intl.NumberFormat('en').format('1e3'), new Intl.NumberFormat('en').format(''));
console.log(Intl.NumberFormat('en').format(42));
const f = new Intl.NumberFormat('en').format;
console.log([1000, 2000.5, 3e6].map(f).join(' | '));
