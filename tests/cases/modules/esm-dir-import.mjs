const rel = (s) => s.split(process.cwd()).join('.');
for (const s of ['./fixtures/dir', './fixtures/dir/', 'nopkg', 'nopkg/sub']) {
  try {
    const m = await import(s);
    console.log(s, 'ok', m.default);
  } catch (e) {
    console.log(s, e.name, e.code, rel(e.message));
  }
}
