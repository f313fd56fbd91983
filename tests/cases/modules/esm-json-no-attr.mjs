const rel = (s) => s.split(process.cwd()).join('.');
try {
  await import('./fixtures/jsondir/index.json');
  console.log('loaded without attribute?!');
} catch (e) {
  console.log(e.name, e.code, rel(e.message));
}
try {
  await import('./fixtures/b.js', { with: { type: 'json' } });
  console.log('js as json?!');
} catch (e) {
  console.log(e.name, e.code, rel(e.message));
}
