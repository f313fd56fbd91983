try {
  await import('./fixtures/esm/bad-syntax.mjs');
} catch (e) {
  console.log('import', e.name, e instanceof SyntaxError);
}
try {
  await import('./fixtures/syntax-err.js');
} catch (e) {
  console.log('cjs import', e.name);
}
