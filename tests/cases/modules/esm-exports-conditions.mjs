const rel = (s) => s.split(process.cwd()).join('.');
const show = async (s) => {
  try {
    const m = await import(s);
    console.log(s, '->', JSON.stringify(m.default), m.kind ?? m.format ?? '');
  } catch (e) {
    console.log(s, e.name, e.code, rel(e.message));
  }
};
for (const s of ['exp-cond', 'exp-cond/node', 'exp-cond/def', 'exp-cond/nested', 'exp-cond/browser', 'exp-cond/order',
  'exp-cond/arr', 'exp-cond/null-cond', 'dual', 'exp-str', 'exp-sub/feat/b/c', 'exp-sub/feat/internal/secret',
  'exp-bad', 'exp-bad/nodot', 'exp-mixed', 'self-ref']) {
  await show(s);
}
