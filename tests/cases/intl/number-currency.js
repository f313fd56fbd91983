const show = (o, vals) => console.log(JSON.stringify(o), JSON.stringify(vals.map((v) => new Intl.NumberFormat('en-US', o).format(v))));
const vals = [0, 1, 1234.5, -1234.5, 0.005, 1e6];
for (const c of ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'CAD', 'AUD', 'CHF', 'XYZ', 'usd']) show({ style: 'currency', currency: c }, vals);
show({ style: 'currency', currency: 'USD', currencyDisplay: 'code' }, vals);
show({ style: 'currency', currency: 'USD', currencyDisplay: 'name' }, vals);
show({ style: 'currency', currency: 'EUR', currencyDisplay: 'name' }, vals);
show({ style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol' }, vals);
show({ style: 'currency', currency: 'USD', currencySign: 'accounting' }, vals);
show({ style: 'currency', currency: 'USD', signDisplay: 'always' }, vals);
show({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }, vals);
console.log((19.99).toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
for (const bad of [{ style: 'currency' }, { style: 'currency', currency: 'US' }, { style: 'currency', currency: 'DOLLARS' }]) {
  try { new Intl.NumberFormat('en', bad); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
