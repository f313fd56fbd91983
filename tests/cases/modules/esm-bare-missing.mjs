const rel = (s) => s.split(process.cwd()).join('.');
for (const s of ['nope-pkg', '@scope/missing', 'plain/missing.js', '@scope', 'exp-sub/nope', 'esm-only/x', '#internal']) {
  try {
    await import(s);
    console.log(s, 'loaded?!');
  } catch (e) {
    console.log(s, e.name, e.code, rel(e.message));
  }
}
