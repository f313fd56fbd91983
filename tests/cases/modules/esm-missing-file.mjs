const rel = (s) => s.split(process.cwd()).join('.');
for (const s of ['./fixtures/nope.js', './fixtures/b', './fixtures/dir', './fixtures/dir/index', 'plain/other', 'nopkg/sub']) {
  try {
    const m = await import(s);
    console.log(s, 'ok', Object.keys(m));
  } catch (e) {
    console.log(s, e.name, e.code, rel(e.message), e.url ? rel(e.url) : '');
  }
}
