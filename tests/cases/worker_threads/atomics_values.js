'use strict';
// Conversions of Number operands and results at every width, on shared
// and unshared memory.
const out = [];
for (const shared of [true, false]) {
  const buf = shared ? new SharedArrayBuffer(16) : new ArrayBuffer(16);
  for (const C of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array]) {
    const a = new C(buf);
    const r = [];
    for (const v of [-1, 2 ** 53, -(2 ** 53), 1e20, -1e20, 2 ** 32 + 5, 2 ** 31, -(2 ** 31) - 1, 0.9, -0.9, NaN, Infinity, -0, 255, 256, 65535, 70000]) {
      r.push(Atomics.store(a, 1, v), Atomics.load(a, 1), Atomics.add(a, 1, v), Atomics.sub(a, 1, 3), Atomics.exchange(a, 1, v),
        Atomics.compareExchange(a, 1, v, -v), Atomics.load(a, 1), Atomics.and(a, 1, v), Atomics.or(a, 1, 0x55), Atomics.xor(a, 1, v), a[1]);
    }
    r.push(Atomics.add(a, 1.7, 1), Atomics.load(a, '1'), Atomics.load(a, true), Atomics.add(a, 0, '2'), Atomics.store(a, 0, '7.5'));
    out.push(C.name + ' ' + shared + ': ' + r.map((x) => Object.is(x, -0) ? '-0' : String(x)).join(','));
  }
  const b = new BigInt64Array(buf);
  const u = new BigUint64Array(buf);
  out.push('bigint ' + shared + ': ' + [Atomics.store(b, 1, -1n), Atomics.load(u, 1), Atomics.add(u, 1, 2n), Atomics.load(b, 1),
    Atomics.compareExchange(b, 1, 1n, 2n ** 70n), Atomics.load(b, 1), Atomics.sub(b, 0, 1n), Atomics.xor(u, 0, 5n), Atomics.load(u, 0)].join(','));
}
console.log(out.join('\n'));
