const show = (o, vals) => console.log(JSON.stringify(o), vals.map((v) => new Intl.NumberFormat('en-US', o).format(v)).join(' | '));
const vals = [1.005, 1.0005, 2.5, 3.5, -2.5, 0.0005, 99.995, 0.00123456, 123456, 1.45, -1.45];
show({}, vals);
show({ maximumFractionDigits: 2 }, vals);
show({ maximumFractionDigits: 1, minimumFractionDigits: 1 }, vals);
show({ maximumSignificantDigits: 3 }, vals);
show({ minimumSignificantDigits: 3 }, vals);
show({ minimumSignificantDigits: 2, maximumSignificantDigits: 4 }, vals);
for (const mode of ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven']) {
  show({ maximumFractionDigits: 1, roundingMode: mode }, [1.25, 1.35, -1.25, -1.35, 1.21, -1.29]);
}
show({ minimumFractionDigits: 2, maximumFractionDigits: 2, roundingIncrement: 5 }, [1.234, 1.226, 1.975, -0.024]);
show({ maximumFractionDigits: 0, roundingIncrement: 25 }, [12, 13, 37.5, 100]);
show({ trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }, [1, 1.5, 2.25]);
show({ roundingPriority: 'lessPrecision', maximumSignificantDigits: 2, maximumFractionDigits: 2 }, [1.234, 123.456]);
show({ roundingPriority: 'morePrecision', maximumSignificantDigits: 2, maximumFractionDigits: 2 }, [1.234, 123.456]);
