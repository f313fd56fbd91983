// fetch of data: URLs (MIME types, base64, percent-encoding, fragments,
// failures); a POST to one still answers.
const urls = [
  'data:,Hello%2C%20World%21',
  'data:text/plain,hi%20there',
  'data:text/html;charset=utf-8,%3Ch1%3Eok%3C%2Fh1%3E',
  'data:;base64,aGk=',
  'data:text/plain;base64,SGVsbG8=',
  'data:text/plain;BASE64,SGVs bG8=',
  'data:text/plain; base64,SGVsbG8',
  'data:application/json,{"a":1}',
  'data:image/png;base64,iVBORw0KGgo=',
  'data:,a#frag',
  'data:text/plain;charset=US-ASCII;foo=bar,x',
  'data:bogus,x',
  'data: text/plain ,spaces',
  'data:,caf%C3%A9',
  'data:,',
  'data:bad',
  'data:;base64,a',
  'data:;base64,====',
];
(async () => {
  for (const u of urls) {
    try {
      const r = await fetch(u);
      const b = new Uint8Array(await r.clone().arrayBuffer());
      console.log(JSON.stringify(u), r.status, r.statusText, r.type, r.url, [...r.headers], JSON.stringify(await r.text()), b.length);
    } catch (e) {
      console.log(JSON.stringify(u), e.message, e.cause && e.cause.message);
    }
  }
  try { await fetch('data:,x', { method: 'POST', body: 'b' }).then((r) => r.text()).then((t) => console.log('POST data:', t)); } catch (e) { console.log(e.message); }
  const j = await fetch('data:application/json,{"k":[1,2]}');
  console.log(await j.json());
})();
