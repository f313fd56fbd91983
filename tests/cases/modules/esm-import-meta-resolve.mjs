const rel = (s) => s.split(process.cwd()).join('.');
const r = (s) => {
  try { return rel(import.meta.resolve(s)); } catch (e) { return `${e.name} ${e.code} ${rel(e.message)}`; }
};
for (const s of ['./fixtures/b.js', './fixtures/esm/mod.js', 'plain', 'exp-cond', 'exp-sub/feat/a', 'node:fs', 'fs',
  'path', 'nope-pkg', './does-not-exist.js', 'exp-sub/hidden', 'dual', 'node:nope']) {
  console.log(JSON.stringify(s), '->', r(s));
}
