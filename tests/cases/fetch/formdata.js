// FormData: entries of strings, Blobs and Files; its multipart encoding as a
// request body; formData() parsing multipart and urlencoded bodies back.
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name, JSON.stringify(e.message)); } };
const show = (v) => (typeof v === 'string' ? v : `${v.constructor.name}(${v.name},${v.type},${v.size})`);
(async () => {
  const f = new FormData();
  f.append('a"\n', 'b\nc\r\nd\re');
  f.append('f', new Blob(['x'], { type: 'text/x' }), 'n".txt');
  f.append('g', new Blob(['y']));
  f.append('h', new File(['z'], 'zz', { type: 'image/png', lastModified: 5 }), 'over');
  f.append('i', new File(['w'], 'keep.bin', { lastModified: 7 }));
  f.append('u', 'caf\u00e9 \ud83d\ude00');
  t(() => f.append('a'));
  t(() => f.append('a', 'b', 'c'));
  t(() => f.set('a', 1, 'c'));
  t(() => new FormData(1));
  t(() => new FormData(undefined).has('x'));
  t(() => f.get('f').name);
  t(() => f.get('g').name);
  t(() => f.get('zz'));
  t(() => f.getAll('zz'));
  t(() => [f.get('h').name, f.get('h').lastModified, f.get('h') instanceof File]);
  t(() => [f.get('i').name, f.get('i').lastModified]);
  t(() => f.get('a"\n'));
  console.log([...f.keys()], [...f.values()].map(show));
  const req = new Request('http://x/', { method: 'POST', body: f });
  const ct = req.headers.get('content-type');
  const boundary = ct.slice(ct.indexOf('boundary=') + 9);
  console.log(ct.replace(boundary, 'B'), /^----formdata-undici-0\d{11}$/.test(boundary));
  const text = await req.text();
  console.log(JSON.stringify(text.split(boundary).join('B')));
  const back = await new Response(text, { headers: { 'content-type': ct } }).formData();
  for (const [k, v] of back) console.log(JSON.stringify(k), show(v), typeof v === 'string' ? '' : await v.text());
  const g = new FormData();
  g.append('k', '1'); g.append('k', '2'); g.append('m', '3'); g.append('k', '4');
  g.set('k', '9');
  console.log([...g], g.has('k'), g.has('K'));
  g.delete('k');
  console.log([...g], g);
  g.forEach(function (v, k, o) { console.log(v, k, o === g, this.x); }, { x: 'T' });
  console.log(Object.prototype.toString.call(g), Object.prototype.toString.call(g.entries()), g.entries().next());
  const p = async (type, body) => {
    try {
      const r = await new Response(body, { headers: { 'content-type': type } }).formData();
      console.log([...r].map(([k, v]) => [k, show(v)]));
    } catch (e) { console.log(e.constructor.name, e.message); }
  };
  await p('multipart/form-data; boundary=X', '--X\r\nContent-Disposition: form-data; name="a"\r\n\r\nv1\r\n--X\r\nContent-Disposition: form-data; name="f"; filename="q.txt"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n--X--\r\n');
  await p('multipart/form-data; boundary=X', 'garbage');
  await p('multipart/form-data', '--X\r\n');
  await p('multipart/form-data; boundary=X', '--X\r\nContent-Disposition: form-data; name="a"\r\n\r\nv1\r\n--X');
  await p('multipart/form-data; boundary=X', '--X--\r\n');
  await p('multipart/form-data; boundary=X', '--X\r\nContent-Disposition: form-data; filename="a"\r\n\r\nv1\r\n--X--');
  await p('application/x-www-form-urlencoded', 'a=%20b+c&&d');
  await p('application/x-www-form-urlencoded;charset=UTF-8', 'x=caf%C3%A9');
  await p('text/plain', 'a=1');
  await p('multipart/form-data; boundary=----b', '------b\r\ncontent-disposition: form-data; name="n"; filename="f.bin"\r\n\r\n\x00\x01\r\n------b--');
  const strict = ['--abc\r\nContent-Disposition: form-data; name="e"\r\n\r\n\r\n--abc--',
    '--abc\r\nContent-Disposition: form-data; name="e"\r\n\r\n\r\n--abc\r\nContent-Disposition: form-data; name="f"\r\n\r\nv\r\n--abc--',
    '--abc\r\nContent-Disposition: form-data; name="e"\r\n\r\n--abc--',
    '--abc\r\n\r\nno headers\r\n--abc--',
    '--abc\r\nContent-Disposition: form-data; name=e\r\n\r\nunquoted\r\n--abc--',
    '--abc\r\nContent-Disposition: attachment; name="e"\r\n\r\nv\r\n--abc--',
    '--abc\r\nContent-Disposition: form-data; name="e"; filename*=utf-8\'\'%C3%A9.txt\r\n\r\nv\r\n--abc--',
    '--abc\r\nContent-Disposition: form-data; name="e"\r\n\r\nv\r\n--abc--  trailing garbage',
    '--abc\r\nContent-Disposition: form-data; name="e"\r\n\r\nv\r\n--abc--\r\n',
    '--abc  \r\nContent-Disposition: form-data; name="e"\r\n\r\nv\r\n--abc--',
    '--abc\r\nContent-Disposition: form-data; name="e"\r\n\r\n--abc\r\n--abc--',
    '--abc\r\nContent-Disposition: form-data; name="e"\r\n\r\nx\r\n--abx\r\n--abc--',
    '--abc\r\ncontent-type: text/x\r\nContent-Disposition: form-data; name="e"; filename="f \\"q\\".txt"\r\n\r\nv\r\n--abc--'];
  for (const body of strict) await p('multipart/form-data; boundary=abc', body);
})();
