const o = { a: 1, d: new Date(0), r: /x/gi, m: new Map([[1, { z: 2 }]]), s: new Set([1, 2]), u8: new Uint8Array([1, 2]), e: new RangeError('bad'), n: null, big: 10n, arr: [1, , 3] };
o.self = o;
const c = structuredClone(o);
console.log(c.self === c, c.d instanceof Date, c.d.getTime(), c.r.flags, c.m.get(1), [...c.s], c.u8, c.e instanceof RangeError, c.e.message, c.big, c.arr);
class K { constructor() { this.x = 1; } }
console.log(structuredClone(new K()), Object.getPrototypeOf(structuredClone(new K())) === Object.prototype);
for (const bad of [() => {}, Symbol('q'), Promise.resolve(), new WeakMap()]) {
  try { structuredClone(bad); } catch (e) { console.log(e.name, e.message, e instanceof DOMException, e.code); }
}
const ab = new ArrayBuffer(8);
const t = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, t.byteLength);
try { structuredClone(); } catch (e) { console.log(e.code, e.message); }
