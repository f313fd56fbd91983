const p = (o, v) => console.log(JSON.stringify(new Intl.NumberFormat('en-US', o).formatToParts(v)));
p({}, -1234567.891);
p({}, NaN);
p({}, -Infinity);
p({ style: 'currency', currency: 'USD' }, -1234.5);
p({ style: 'currency', currency: 'EUR', currencyDisplay: 'code' }, 5);
p({ style: 'currency', currency: 'USD', currencyDisplay: 'name' }, 1);
p({ style: 'currency', currency: 'USD', currencySign: 'accounting' }, -3);
p({ style: 'percent', signDisplay: 'always' }, 0.5);
p({ minimumIntegerDigits: 2, minimumFractionDigits: 3 }, 1.5);
for (const o of [undefined, { style: 'currency', currency: 'eur' }, { style: 'percent' }, { maximumSignificantDigits: 3 }, { minimumFractionDigits: 2 }, { maximumFractionDigits: 1 }, { useGrouping: false }, { useGrouping: true }, { notation: 'engineering', signDisplay: 'never' }, { style: 'unit', unit: 'meter', notation: 'compact' }, { roundingMode: 'floor' }]) {
  console.log(JSON.stringify(new Intl.NumberFormat('en-US', o).resolvedOptions()));
}
for (const loc of [undefined, 'en', 'en-US', 'EN-us', 'en-GB', ['en-AU', 'en-US'], []]) console.log(JSON.stringify(loc), new Intl.NumberFormat(loc).resolvedOptions().locale);
console.log(new Intl.NumberFormat('en').formatRange(3, 5), new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).formatRange(3, 5));
