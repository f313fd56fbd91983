// Engine micro-benchmarks, run both natively (qjs) and in a bare VM
// (BenchmarkEngineOps). Each case returns ns per iteration.
(function microbench(scale) {
  const now = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();
  const cases = {
    loop(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; },
    prop(n) { const o = { x: 1, y: 2 }; let s = 0; for (let i = 0; i < n; i++) { o.x = i; s += o.y + o.x; } return s; },
    object(n) { let o; for (let i = 0; i < n; i++) o = { a: i, b: i }; return o; },
    closure(n) { let f; for (let i = 0; i < n; i++) f = () => i; return f; },
    call(n) { function f(x) { return x + 1; } let s = 0; for (let i = 0; i < n; i++) s = f(s); return s; },
    builtin(n) { let s = 0; for (let i = 0; i < n; i++) s += Math.max(i, 1); return s; },
    array(n) { let a = []; for (let i = 0; i < n; i++) { a.push(i); if (a.length > 1000) a = []; } return a; },
    concat(n) { let s = ''; for (let i = 0; i < n; i++) { s += 'ab'; if (s.length > 1000) s = ''; } return s; },
    strnum(n) { let s; for (let i = 0; i < n; i++) s = 'k' + i; return s; },
    method(n) { class P { constructor(v) { this.v = v; } get() { return this.v; } } const p = new P(1); let s = 0; for (let i = 0; i < n; i++) s += p.get(); return s; },
  };
  const out = {};
  for (const name in cases) {
    const n = 200000 * scale;
    cases[name](n / 10); // warm
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = now();
      cases[name](n);
      const dt = (now() - t0) * 1e6 / n;
      if (dt < best) best = dt;
    }
    out[name] = Math.round(best * 10) / 10;
  }
  return JSON.stringify(out);
})
