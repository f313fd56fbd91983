const show = (o, vals) => console.log(JSON.stringify(o), vals.map((v) => new Intl.NumberFormat('en-US', o).format(v)).join(' | '));
show({ style: 'percent' }, [0, 0.256, 1, -0.5, 12.3456, 0.005]);
show({ style: 'percent', maximumFractionDigits: 2 }, [0.256789, 0.1]);
show({ style: 'percent', minimumFractionDigits: 1 }, [0.5, 0.123]);
const sv = [5, -5, 0, -0, 0.001, -0.001];
for (const sd of ['auto', 'always', 'exceptZero', 'never', 'negative']) {
  show({ signDisplay: sd }, sv);
  show({ signDisplay: sd, maximumFractionDigits: 2 }, sv);
  show({ signDisplay: sd, style: 'percent' }, [0.5, -0.5, 0]);
}
console.log((0.75).toLocaleString(undefined, { style: 'percent' }));
