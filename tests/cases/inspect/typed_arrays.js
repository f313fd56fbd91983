'use strict';
const util = require('node:util');
console.log(new Uint8Array([1, 2, 3]), new Int8Array([-1, 2]), new Uint8ClampedArray([300, -5]));
console.log(new Int16Array(3), new Uint32Array([4294967295]), new Float32Array([0.5, -0]), new Float64Array([1.5, -0, NaN, 1e100]));
console.log(new BigInt64Array([1n, -2n]), new BigUint64Array([2n ** 64n - 1n]), new Int32Array(0));
console.log(new Int32Array(30).map((_, i) => i * i * (i % 2 ? -1 : 1)));
console.log(new Uint16Array(120));
const u8 = new Uint8Array([1, 2, 3]); u8.extra = true;
console.log(u8);
console.log(util.inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(util.inspect(new Float64Array(2), { showHidden: true }));
console.log(util.inspect(new Uint8Array(new ArrayBuffer(8), 2, 3), { showHidden: true }));
console.log(util.inspect(new Uint8Array(5), { maxArrayLength: 2 }));
console.log(util.inspect(new Float64Array([1234567.5]), { numericSeparator: true }));
console.log(util.inspect({ t: new Uint8Array(3) }, { depth: 0 }));
class MyU8 extends Uint8Array {}
console.log(new MyU8(2));
console.log(Object.setPrototypeOf(new Uint8Array(2), null));
console.log(util.inspect(new Uint8Array(0), { showHidden: true }));
