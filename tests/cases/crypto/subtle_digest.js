const { webcrypto, subtle } = require('node:crypto');
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  console.log(subtle === webcrypto.subtle);
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-256' }, { name: 'sha-1' }]) {
    const r = await subtle.digest(alg, new TextEncoder().encode('abc'));
    console.log(JSON.stringify(alg), r instanceof ArrayBuffer, hex(r));
  }
  console.log(hex(await subtle.digest('SHA-256', new ArrayBuffer(0))));
  console.log(hex(await subtle.digest('SHA-256', Buffer.from('xabcx').subarray(1, 4))));
  console.log(hex(await subtle.digest('SHA-256', new DataView(new Uint8Array([97]).buffer))));
  const tests = [
    () => subtle.digest('SHA-256', 'x'),
    () => subtle.digest('SHA-257', new Uint8Array(1)),
    () => subtle.digest('MD5', new Uint8Array(1)),
    () => subtle.digest(),
    () => subtle.digest('SHA-256'),
    () => subtle.digest.call({}, 'SHA-256', new Uint8Array(1)),
  ];
  for (const f of tests) {
    try { await f(); console.log('resolved'); } catch (e) { console.log('rejected', e.name, e.code, e.message); }
  }
  const p = subtle.digest('nope', new Uint8Array(1));
  console.log(p instanceof Promise);
  p.catch(() => {});
})();
