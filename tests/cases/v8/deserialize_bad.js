'use strict';
// Malformed and hostile input to v8.deserialize: each prints what it gave
// back or the error; never a crash or a hang.
const v8 = require('v8');
const util = require('util');

function tryHex(hex) {
  try {
    const v = v8.deserialize(Buffer.from(hex, 'hex'));
    return util.inspect(v, { depth: 3, breakLength: Infinity });
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
}

const inputs = [
  'ff0f', 'ff0f00', 'ff0f0000', 'ff0f5f00', 'ff0f2d', 'ff0f56', 'ff0f49', 'ff0f4e0000', 'ff0f22', 'ff0f2205616263',
  'ff0f6303ac20', 'ff0f63', 'ff0f6f', 'ff0f6f7b', 'ff0f6f7b01', 'ff0f6f49027b01', 'ff0f6f54547b01', 'ff0f6f5e00547b01',
  'ff0f41', 'ff0f41ff', 'ff0f4102', 'ff0f41014902240000', 'ff0f41014902240001', 'ff0f41012d240001', 'ff0f4101490224', 
  'ff0f610549024902400105', 'ff0f6105490249024001', 'ff0f61ffffffff0f400000', 'ff0f5e00', 'ff0f5e05',
  'ff0f3b49023a02', 'ff0f3b4902', 'ff0f3b49024904', 'ff0f274902', 'ff0f2749022c00', 'ff0f2749022c01',
  'ff0f42ff', 'ff0f4205', 'ff0f42ffffffff0f', 'ff0f420401020304564201020000', 'ff0f42040102030456420105', 'ff0f420401020304564203010100',
  'ff0f420401020304567701020000', 'ff0f42040102030456770102', 'ff0f420401020304563f00040000', 'ff0f420401020304567a00040000',
  'ff0f420401020304564200040200', 'ff0f7e0204000000', 'ff0f7e0402', 'ff0f7e0204000000564200020300',
  'ff0f7401', 'ff0f7501', 'ff0f52', 'ff0f5222016180', 'ff0f5222016140', 'ff0f52220161ff03',
  'ff0f5a', 'ff0f5a10', 'ff0f5a110100000000000000', 'ff0f5a03ff', 'ff0f5a01', 'ff0f7a', 'ff0f73', 'ff0f7349', 'ff0f735f', 'ff0f6e00',
  'ff0f44', 'ff0f720', 'ff0f72', 'ff0f722e', 'ff0f72542e', 'ff0f72ff2e', 'ff0f726d49022e', 'ff0f726d22016d', 'ff0f7263',
  'ff0f72635e002e', 'ff0f7273220153632201782e', 'ff0f535f', 'ff0f5303e282ac', 'ff0f5302e282', 'ff0f3f', 'ff0f3f0149',
  'ff0f3f014902', 'ff0f5c', 'ff0f5c01', 'ff0f5c0102', 'ff0f5c010201', 'ff0f5c0b0301020304', 'ff0f5c0a', 'ff0f77', 'ff0f6d', 'ff0f70',
  'ff0f55ffffffff0f', 'ff0f55ffffffffff0f', 'ff0f49ffffffffff7f', 'ff0f4b', 'ff0fff0f49', 'ff0f0049020000',
  'ff0d420401020304564201020000', 'ff0d5222016101', 'ff0d41015f240001', 'ff0e5c0a026869',
];
for (const hex of inputs) console.log(hex, '->', tryHex(hex));

// Every prefix and every single-byte change of a realistic message.
const sample = v8.serialize({
  s: 'str\u20ac', n: [1, 2.5, -3], m: new Map([[1n, new Set([null])]]), d: new Date(0), r: /x/g,
  b: Buffer.from('bytes'), e: Object.assign(new RangeError('r'), { stack: 'S' }), o: Object(1),
});
let outcomes = new Map();
function record(bytes) {
  let key;
  try {
    const v = v8.deserialize(bytes);
    key = 'value ' + util.inspect(v, { depth: 4, breakLength: Infinity });
  } catch (e) {
    key = `${e.constructor.name}: ${e.message}`;
  }
  outcomes.set(key, (outcomes.get(key) || 0) + 1);
}
for (let i = 0; i < sample.length; i++) record(sample.subarray(0, i));
console.log('prefixes');
for (const [k, n] of outcomes) console.log(' ', n, k);
outcomes = new Map();
let seed = 12345;
function rand() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed;
}
for (let i = 2; i < sample.length; i++) {
  for (const b of [0x00, 0xff, 0x41, 0x5e, rand() & 0xff]) {
    const copy = Buffer.from(sample);
    copy[i] = b;
    record(copy);
  }
}
console.log('mutations');
const kinds = new Map();
for (const [k, n] of outcomes) {
  const kind = k.startsWith('value') ? 'value' : k;
  kinds.set(kind, (kinds.get(kind) || 0) + n);
}
for (const [k, n] of [...kinds].sort()) console.log(' ', n, k);
