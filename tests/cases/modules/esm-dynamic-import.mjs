const rel = (s) => s.split(process.cwd()).join('.');
const m = await import('./fixtures/esm/mod.js');
console.log(m.answer, m.default);
const same = await import(new URL('./fixtures/esm/mod.js', import.meta.url).href);
console.log('same via URL', same === m);
const abs = await import(process.cwd() + '/fixtures/esm/mod.js');
console.log('same via path', abs === m);
const specs = ['./fixtures/nope.mjs', 'nope-pkg', 'exp-sub/hidden', 'node:nope', 'https://example.com/x.js', './fixtures/dir'];
for (const s of specs) {
  try {
    await import(s);
    console.log(s, 'loaded?!');
  } catch (e) {
    console.log(s, e.name, e.code, rel(e.message));
  }
}
const p = import('./fixtures/esm/mod.js');
console.log('returns promise', p instanceof Promise);
const spec = { toString() { return './fixtures/b.js'; } };
console.log('toString spec', (await import(spec)).name);
