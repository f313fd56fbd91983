'use strict';
// Buffer size errors: unbound (EBADF), past a C int (EINVAL), bad sizes;
// a SystemError is inspected with its accessors' values.
const dgram = require('node:dgram');
const { inspect } = require('node:util');
const show = (e) => console.log(inspect(e).replace(/^ +at .*\n/gm, ''));
const s = dgram.createSocket('udp4');
try { s.setSendBufferSize(8192); } catch (e) { show(e); }
try { s.getRecvBufferSize(); } catch (e) { show(e); }
for (const bad of [-1, 1.5, 'x', 2 ** 32]) {
  try { s.setRecvBufferSize(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
s.bind(0, () => {
  for (const f of ['setRecvBufferSize', 'setSendBufferSize']) {
    try { s[f](2147483648); } catch (e) { show(e); }
  }
  console.log(typeof s.getRecvBufferSize(), s.getSendBufferSize() > 0);
  s.close();
});
