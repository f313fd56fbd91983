'use strict';
// v8.serialize(x) as hex for values of every kind the format has.
const v8 = require('v8');

function hex(x) {
  try {
    return v8.serialize(x).toString('hex');
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
}

function withStack(e, stack) {
  e.stack = stack;
  return e;
}

const circular = {};
circular.self = circular;
const shared = { s: 1 };
const ab = new ArrayBuffer(8);

const values = {
  undefined: undefined, null: null, true: true, false: false,
  zero: 0, negZero: -0, one: 1, minusOne: -1, int31: 2 ** 30, int32max: 2 ** 31 - 1, int32min: -(2 ** 31),
  int32over: 2 ** 31, uint32max: 2 ** 32 - 1, half: 0.5, pi: Math.PI, nan: NaN, inf: Infinity, ninf: -Infinity,
  maxSafe: Number.MAX_SAFE_INTEGER, tiny: Number.MIN_VALUE,
  empty: '', ascii: 'hello', latin1: 'caf\u00e9 \u00ff', twoByte: '\u20ac', mixed: 'a\u20acb', surrogate: '\ud83d\ude00',
  lone: '\ud800', long: 'x'.repeat(300), longTwo: '\u0101'.repeat(200), nul: 'a\0b',
  big0: 0n, big1: 1n, bigm1: -1n, big64: 2n ** 64n, bigMax64: 2n ** 64n - 1n, bigNeg: -(2n ** 100n), bigHuge: 3n ** 200n,
  date: new Date(0), date2: new Date(1700000000123), badDate: new Date(NaN),
  re: /ab+c/, reFlags: /x/gimsuy, reIndices: /x/d, reSlash: /a\/b/, reClass: /[a-z]\d+/i, reUnicodeSets: /[\p{L}]/v,
  boolObj: Object(true), falseObj: Object(false), numObj: Object(42), strObj: Object('str'), bigObj: Object(5n),
  twoByteObj: Object('\u20ac'),
  object: { a: 1, b: 'two', c: [3] }, nested: { a: { b: { c: {} } } }, nullProto: Object.assign(Object.create(null), { x: 1 }),
  indexKeys: { 2: 'b', 1: 'a', x: 'c' }, bigIndexKeys: { 4294967294: 1, 4294967295: 2, 2147483648: 3, '-1': 4, '01': 5 },
  protoKey: JSON.parse('{"__proto__": 1}'), classInstance: new (class Point { constructor() { this.x = 1; this.y = 2; } })(),
  getter: { get g() { return 'got'; }, plain: 1 },
  deleting: { a: 1, get b() { delete this.c; return 2; }, c: 3 },
  hiddenProps: Object.defineProperty({ v: 1 }, 'hidden', { value: 2, enumerable: false }),
  symbolKey: { [Symbol('s')]: 1, k: 2 },
  emptyArray: [], ints: [1, 2, 3], doubles: [1.5, 2.5], mixedNums: [1, 2.5], mixedKinds: [1, 'a', null, undefined, true],
  holey: [1, , 3], sparse: (() => { const a = []; a[10] = 'x'; return a; })(), newArray: new Array(3),
  arrayProps: Object.assign([1, 2], { extra: 'e' }), frozen: Object.freeze([1, 2]), sealed: Object.seal(['a']),
  nestedArrays: [[1], [[2]], []], negZeroArray: [0, -0],
  map: new Map([[1, 'one'], ['two', 2], [{}, []]]), emptyMap: new Map(), set: new Set([1, 'a', 1n, null]), emptySet: new Set(),
  arrayBuffer: new ArrayBuffer(4), emptyArrayBuffer: new ArrayBuffer(0),
  filledBuffer: new Uint8Array([1, 2, 3, 4]).buffer, resizable: new ArrayBuffer(2, { maxByteLength: 16 }),
  uint8: new Uint8Array([1, 2, 3]), int8: new Int8Array([-1, 1]), uint8c: new Uint8ClampedArray([300]),
  int16: new Int16Array([-2, 2]), uint16: new Uint16Array([65535]), int32: new Int32Array([-5]), uint32: new Uint32Array([5]),
  float32: new Float32Array([0.5]), float64: new Float64Array([Math.E]), bigInt64: new BigInt64Array([-1n]),
  bigUint64: new BigUint64Array([1n]), dataView: new DataView(new ArrayBuffer(4), 1, 2),
  buffer: Buffer.from('buf'), emptyBuffer: Buffer.alloc(0), bufferAlloc: Buffer.alloc(5, 1),
  subarray: new Uint8Array([9, 8, 7, 6]).subarray(1, 3), offsetView: new Uint16Array(new ArrayBuffer(8), 2, 2),
  subclassView: new (class MyBytes extends Uint8Array {})(2),
  viewsSharingBuffer: [new Uint8Array(ab), new Uint8Array(ab, 4), ab],
  error: withStack(new Error('boom'), 'Error: boom\n    at here'), typeError: withStack(new TypeError('t'), 'S'),
  rangeError: withStack(new RangeError('r'), 'S'), evalError: withStack(new EvalError('e'), 'S'),
  refError: withStack(new ReferenceError('f'), 'S'), syntaxError: withStack(new SyntaxError('s'), 'S'),
  uriError: withStack(new URIError('u'), 'S'), noMessage: withStack(new Error(), 'S'),
  cause: withStack(new Error('c', { cause: { why: 1 } }), 'S'), noStack: (() => { const e = new Error('n'); delete e.stack; return e; })(),
  numberStack: withStack(new Error('n'), 5), customName: (() => { const e = withStack(new Error('x'), 'S'); e.name = 'TypeError'; return e; })(),
  subclassError: withStack(new (class MyError extends RangeError {})('sub'), 'S'),
  errorProps: Object.assign(withStack(new Error('p'), 'S'), { code: 'E_X' }),
  circular, sharedRefs: [shared, shared, { shared }], selfArray: (() => { const a = [1]; a.push(a); return a; })(),
  mapCycle: (() => { const m = new Map(); m.set(m, m); return m; })(),
  fn: function named() {}, arrow: () => 1, klass: class K {}, symbol: Symbol('sym'), symbolObj: Object(Symbol('o')),
  promise: Promise.resolve(), weakMap: new WeakMap(), weakSet: new WeakSet(), weakRef: new WeakRef({}),
  proxy: new Proxy({}, {}), args: (function () { return arguments; })(1, 2), global: globalThis,
  inArray: [1, () => {}], inMap: new Map([[1, Symbol('in')]]),
  sab: new SharedArrayBuffer(4),
};

for (const [name, value] of Object.entries(values)) {
  console.log(name, hex(value));
}
