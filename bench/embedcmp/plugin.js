// The plugin every engine of the comparison loads: a trivial function
// (the cost of a call across the boundary) and a JS-heavy one.
function add(a, b) { return a + b; }
function work(n) {
  const o = [];
  for (let i = 0; i < n; i++) o.push({ i, s: 'x' + i });
  return o.filter((x) => x.i % 3 === 0).map((x) => x.s.length).reduce((a, b) => a + b, 0);
}
