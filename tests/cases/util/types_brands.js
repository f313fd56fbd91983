// util.types brand checks over values of every kind, subclasses, prototypes and Proxies.
const t = require('util').types;
const vals = [new Map(), new Set(), new WeakMap(), new WeakSet(), new Date(), /x/, new ArrayBuffer(1), new SharedArrayBuffer(1), new DataView(new ArrayBuffer(1)),
  new Number(1), new String('s'), new Boolean(true), Object(1n), Object(Symbol()), Date.prototype, RegExp.prototype, Map.prototype, {}, [], null, 1, 's',
  new (class extends Map {})(), new Proxy(new Map(), {}), Object.create(Map.prototype), new Uint8Array(1)];
const names = ['isMap','isSet','isWeakMap','isWeakSet','isDate','isRegExp','isArrayBuffer','isSharedArrayBuffer','isAnyArrayBuffer','isDataView','isNumberObject','isStringObject','isBooleanObject','isBigIntObject','isSymbolObject','isBoxedPrimitive'];
for (const n of names) console.log(n, vals.map((v) => t[n](v) ? 1 : 0).join(''));
