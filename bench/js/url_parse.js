// new URL, URL.canParse and getters on a typical absolute URL, a relative
// one against a base and a file URL, 20,000 times each.
const U = 'https://www.example.com/path/?query=param#hash';
let n = 0;
for (let i = 0; i < 20000; i++) {
  const u = new URL(U);
  if (URL.canParse(U)) n++;
  n += u.pathname.length + u.host.length + u.search.length;
  n += new URL('../x?y=' + i, 'http://ex.com/a/b/c').href.length;
  n += require('url').fileURLToPath('file:///tmp/some/file.js').length;
}
if (n < 20000) throw new Error('bad');
