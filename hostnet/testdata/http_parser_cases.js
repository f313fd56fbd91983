const { HTTPParser } = binding;
const enc = (s) => { const u = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i); return u; };
const text = (u) => String.fromCharCode(...u);
const cases = [
 [1, 0, 'GET / HTTP/1.1\r\nHost : x\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\n Host: x\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n'],
 [1, 1, 'GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\nHost: x\n\n'],
 [1, 0, 'GET / HTTP/1.1\r\nA: b\rc\r\n\r\n'],
 [1, 0, 'GET /a b HTTP/1.1\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nContent-Length:  5 \r\n\r\nhello'],
 [1, 0, 'GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX0\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.0\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.0\r\n\r\nGET / HTTP/1.0\r\n\r\n'],
 [1, 0, 'get / HTTP/1.1\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nX:\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\n: x\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nX: a\x7f\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nX: caf\xe9\r\n\r\n'],
 [1, 0, 'GET http://a/b?c#d HTTP/1.1\r\n\r\n'],
 [1, 0, 'GET / HTTP/0.9\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.2\r\n\r\n'],
 [1, 0, 'GET / HTTP/2.0\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nUpgrade: h2c\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: ws\r\nContent-Length: 2\r\n\r\nabXYZ'],
 [1, 0, 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
 [1, 0, 'QUERY / HTTP/1.1\r\n\r\n'],
 [1, 0, 'DESCRIBE / HTTP/1.1\r\n\r\n'],
 [1, 0, '\r\n\r\nGET / HTTP/1.1\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;a=b;c="d"\r\nx\r\n0;z\r\nT1: a\r\nT2: b\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n\r\n'],
 [2, 0, 'HTTP/1.1 200\r\n\r\n'],
 [2, 0, 'HTTP/1.1 200 \r\n\r\n'],
 [2, 0, 'HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n'],
 [2, 0, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nabc'],
 [2, 0, 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nab'],
 [2, 0, 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nab'],
 [2, 0, 'HTTP/1.1 99 OK\r\n\r\n'],
 [2, 0, 'HTTP/1.1 600 OK\r\n\r\n'],
 [2, 0, 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nabHTTP/1.1 204 No\r\n\r\n'],
 [2, 0, 'HTTX/1.1 200 OK\r\n\r\n'],
 [2, 0, 'HTTP/1.1 101 Switching Protocols\r\n\r\nxx'],
 [2, 0, 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\na'],
 [1, 0, 'GET / HTTP/1.1\r\nA: ' + 'x'.repeat(97) + '\r\n\r\n', 100],
 [1, 0, 'GET / HTTP/1.1\r\nA: ' + 'x'.repeat(97), 100],
 [1, 0, 'GET / HTTP/1.1\r\nA: ' + 'x'.repeat(98) + '\r\n\r\n', 100],
 [1, 0, 'GET / HTTP/1.1\r\nA: ' + 'x'.repeat(98), 100],
 [1, 0, 'GET /' + 'x'.repeat(98) + ' HTTP/1.1\r\n\r\n', 100],
 [1, 0, 'GET /' + 'x'.repeat(99) + ' HTTP/1.1\r\n\r\n', 100],
 [1, 0, 'GET / HTTP/1.1\r\n' + 'A: b\r\n'.repeat(49) + '\r\n', 100],
 [1, 0, 'GET / HTTP/1.1\r\n' + 'A: b\r\n'.repeat(50) + '\r\n', 100],
 [2, 0, 'HTTP/1.1 200 ' + 'x'.repeat(99) + '\r\n\r\n', 100],
 [2, 0, 'HTTP/1.1 200 ' + 'x'.repeat(100) + '\r\n\r\n', 100],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n' + 'T: v\r\n'.repeat(30) + '\r\n', 100],
 [1, 0, 'GET / HTTP/1.1\r\n' + 'H: v\r\n'.repeat(70) + '\r\n'],
 [1, 1023, 'GET / HTTP/1.1\r\nA: b\n\r\n'],
 [1, 1023, 'GET / HTTP/1.1\r\nA: b\x01\r\n\r\n'],
 [1, 1023, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n'],
 [1, 1023, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n'],
 [1, 1023, 'GET / HTTP/3.1\r\n\r\n'],
 [1, 1023, 'POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc'],
 [1, 1023, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n'],
 [1, 1023, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX0\r\n\r\n'],
 [1, 1023, 'GET / HTTP/1.1\r\nA: b\rc\r\n\r\n'],
 [1, 1023, 'GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n'],
 [1, 1023, 'GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx'],
 [1, 0, 'BAD'],
 [1, 0, 'GE'],
 [1, 0, 'GET'],
 [1, 0, 'GETX / HTTP/1.1'],
 [1, 0, 'M-SEARCH * HTTP/1.1\r\n\r\n'],
 [1, 0, 'GET / HTTP/1.1\r\nA: b\r\n\r\n', 20],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\nx\r\n0\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;a\x01\r\nx\r\n0\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n;a\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\n0\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nBad Trailer\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\nGET / HTTP/1.1\r\n\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n'],
 [1, 0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n'],
 [1, 1023, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\nx\r\n0\r\n\r\n'],
 [1, 1023, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\n0\r\n\r\n'],
 [1, 1023, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1 \r\nx\r\n0\r\n\r\n'],
 [2, 0, 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx'],
 [2, 0, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n0\r\n\r\n'],
 [2, 0, 'HTTP/1.1 200 OK\nA: b\r\n\r\n'],
 [2, 0, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nabc'],
];
const out = [];
for (const [type, len, s, max] of cases) {
  const log = [];
  const p = new HTTPParser();
  p.initialize(type, {}, max || 0, len);
  p[0] = () => log.push('b');
  p[1] = (h, u) => log.push('h ' + JSON.stringify(h) + ' ' + u);
  p[2] = (a, b, h, m, u, st, msg, up, ka) => { log.push('hc ' + JSON.stringify([a, b, h, m, u, st, msg, up, ka])); };
  p[3] = (b) => log.push('body ' + text(b));
  p[4] = () => log.push('mc');
  const r = p.execute(enc(s));
  log.push(r instanceof Error ? 'err ' + r.code + ' ' + r.reason : 'n ' + r);
  const f = p.finish();
  log.push(f instanceof Error ? 'ferr ' + f.code : 'f');
  out.push(JSON.stringify(s) + ' => ' + log.join(' | '));
}
out.join('\n');
