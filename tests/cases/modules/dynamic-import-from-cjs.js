const { rel } = require('./_h');
(async () => {
  const m = await import('./fixtures/esm/mod.js');
  console.log('esm', m.answer, m.default, Object.keys(m).sort());
  const c = await import('./fixtures/b.js');
  console.log('cjs', c.default.name, c.name, Object.keys(c).sort());
  const p = await import('node:path');
  console.log('builtin', p.default === require('path'), p.join === require('path').join);
  const j = await import('./fixtures/data.json', { with: { type: 'json' } });
  console.log('json', j.default.name);
  const pkg = await import('esm-pkg');
  console.log('pkg', pkg.default(), pkg.value);
  try {
    await import('./fixtures/nope.js');
  } catch (e) {
    console.log('missing', e.code, rel(e.message));
  }
  const again = await import('./fixtures/esm/mod.js');
  console.log('same namespace', again === m);
  console.log('ns tag', Object.prototype.toString.call(m));
})();
