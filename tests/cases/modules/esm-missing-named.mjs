const rel = (s) => s.split(process.cwd()).join('.');
try {
  await import('./fixtures/esm/missing-named.mjs');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
  console.log(rel(e.message));
}
