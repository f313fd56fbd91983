'use strict';
// net._normalizeArgs' shapes; connect() takes its result as the arguments,
// but a plain array as options (no port: ERR_MISSING_ARGS).
const net = require('node:net');
for (const args of [[], [{ port: 1 }], [80, 'h'], ['/tmp/x.sock'], [{ port: 1 }, () => {}], [80, 'h', () => {}]]) {
  const r = net._normalizeArgs(args);
  console.log(JSON.stringify(r), typeof r[1], r.length, Object.getOwnPropertySymbols(r).length);
}
const server = net.createServer((c) => c.end());
server.listen(0, () => {
  const { port } = server.address();
  try {
    new net.Socket().connect([{ port }, () => {}]);
  } catch (e) {
    console.log(e.name, e.code);
  }
  const s = new net.Socket();
  s.connect(net._normalizeArgs([{ port }, () => { console.log('connected'); s.end(); server.close(); }]));
});
