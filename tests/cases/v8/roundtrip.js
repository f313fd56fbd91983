'use strict';
// v8.deserialize(v8.serialize(x)): what comes back, its kind, its shape.
const v8 = require('v8');
const util = require('util');

function rt(x) {
  return v8.deserialize(v8.serialize(x));
}

function show(name, x) {
  let y;
  try {
    y = rt(x);
  } catch (e) {
    console.log(name, 'throws', e.constructor.name, e.message);
    return;
  }
  console.log(name, util.inspect(y, { depth: 5, showHidden: false }));
  let same = util.isDeepStrictEqual(x, y);
  console.log('  deepStrictEqual', same, 'proto', Object.getPrototypeOf(y) === Object.getPrototypeOf(x));
}

const circular = { name: 'c' };
circular.me = circular;
const shared = { s: 1 };
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);

const values = {
  prims: [undefined, null, true, false, 0, -0, 1, -1, 2 ** 31, 0.1, NaN, Infinity, -Infinity, 'str', '\u20ac', '', 12345678901234567890n, -7n],
  object: { a: 1, nested: { b: [1, 2, { c: 'd' }] }, 3: 'index' },
  holes: [1, , 3, , ],
  sparse: (() => { const a = []; a[100] = 1; a.prop = 'p'; return a; })(),
  date: new Date(1234567890), regexp: /a[bc]+/gimsuy, regexpD: /z/d,
  boxed: [Object(true), Object(false), Object(-0), Object('s'), Object(9n)],
  map: new Map([[1, { one: 1 }], ['k', new Set([1, 2])]]),
  set: new Set(['x', 1, {}]),
  arrayBuffer: ab, resizable: new ArrayBuffer(3, { maxByteLength: 10 }),
  typed: [new Int8Array([-1]), new Uint8Array([255]), new Uint8ClampedArray([7]), new Int16Array([-300]),
    new Uint16Array([60000]), new Int32Array([-70000]), new Uint32Array([4000000000]), new Float32Array([1.25]),
    new Float64Array([1e300]), new BigInt64Array([-(2n ** 63n)]), new BigUint64Array([2n ** 64n - 1n])],
  dataView: new DataView(ab, 2, 3), buffer: Buffer.from('hello world'),
  subarray: Buffer.from('hello world').subarray(6),
  circular, shared: [shared, shared],
};

for (const [name, value] of Object.entries(values)) show(name, value);

// Identity and structure that inspect does not show.
{
  const y = rt(circular);
  console.log('circular self', y.me === y);
  const s = rt([shared, shared, { shared }]);
  console.log('shared', s[0] === s[1], s[2].shared === s[0]);
  const m = new Map();
  m.set('self', m);
  const mm = rt(m);
  console.log('map self', mm.get('self') === mm);
}
{
  const a = rt([1, , 3]);
  console.log('hole', 1 in a, a.length, Object.keys(a));
  const big = rt((() => { const x = []; x[4294967294] = 1; return x; })());
  console.log('huge sparse', big.length, Object.keys(big));
}
{
  const o = rt(JSON.parse('{"__proto__": {"polluted": true}, "x": 1}'));
  console.log('__proto__ own', Object.keys(o), Object.getPrototypeOf(o) === Object.prototype, ({}).polluted);
}
{
  const b = rt(Buffer.from('xyz'));
  console.log('buffer', Buffer.isBuffer(b), b.toString(), b.constructor.name);
  const u = rt(new Uint8Array([1, 2]));
  console.log('uint8', u.constructor.name, Buffer.isBuffer(u));
  const f = rt(new Float64Array([1, 2]));
  console.log('f64', f.constructor.name, f.length, f[1]);
}
{
  const e = new TypeError('bad', { cause: new Error('inner') });
  e.stack = 'TypeError: bad\n    at somewhere';
  e.extra = 1;
  const y = rt(e);
  console.log('error', y instanceof TypeError, y.name, y.message, y.stack, y.extra);
  console.log('  own', Object.getOwnPropertyNames(y));
  console.log('  message desc', Object.getOwnPropertyDescriptor(y, 'message'));
  console.log('  cause', y.cause instanceof Error, y.cause.message);
  const n = new Error();
  delete n.stack;
  const ny = rt(n);
  console.log('no message, no stack', Object.getOwnPropertyNames(ny), ny.stack, 'message' in ny, ny.message);
  class Custom extends Error {}
  const c = new Custom('custom');
  c.stack = 'S';
  const cy = rt(c);
  console.log('subclass', cy.constructor === Error, cy.message);
}
{
  const r = rt(/a\/b\n/g);
  console.log('regexp', r.source, r.flags, r.lastIndex, r.test('a/b\n'));
  const d = rt(new Date(NaN));
  console.log('bad date', d instanceof Date, d.getTime());
}
{
  const ab2 = new ArrayBuffer(4);
  const views = rt([new Uint8Array(ab2), new Uint16Array(ab2, 2), ab2]);
  console.log('views of one buffer', views[0].buffer === views[1].buffer, views[1].byteOffset);
}
{
  // Serialized again: an array read back from the dense form is of a
  // holey kind in V8, so it is written sparse the second time.
  const again = (x) => v8.serialize(rt(x)).toString('hex');
  console.log('again', again([1, 2]), again({ a: [[]] }), again(new Map([[1, [1]]])));
  const a = rt([1, 2]);
  a.push(3);
  console.log('pushed', v8.serialize(a).toString('hex'));
}
