const tryit = (label, fn) => { try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.message); } };
for (const o of [{ style: 'foo' }, { maximumFractionDigits: 101 }, { maximumFractionDigits: -1 }, { minimumFractionDigits: 3, maximumFractionDigits: 1 }, { notation: 'x' }, { signDisplay: 'x' }, { useGrouping: 'x' }, { minimumIntegerDigits: 0 }, { minimumIntegerDigits: 22 }, { maximumSignificantDigits: 0 }, { roundingMode: 'up' }, { currencyDisplay: 'x' }, { compactDisplay: 'x' }, { maximumFractionDigits: 2, roundingIncrement: 5 }, { roundingIncrement: 3 }]) {
  tryit(JSON.stringify(o), () => new Intl.NumberFormat('en', o).format(1.23));
}
for (const loc of ['', 'x', 'en_US', 'en-', 'toolongtag1']) tryit(JSON.stringify(loc), () => new Intl.NumberFormat(loc).resolvedOptions().locale);
tryit('null options', () => new Intl.NumberFormat('en', null));
tryit('toLocaleString bad', () => (5).toLocaleString('en', { style: 'bogus' }));
tryit('formatRange undefined', () => new Intl.NumberFormat('en').formatRange(1));
