// Every method of the built-in prototypes replaced by a recording wrapper
// (Array, String, Map, Set, WeakMap, WeakSet, Promise, RegExp, Object,
// Function, Error, typed arrays, iterators), Symbol.iterator included.
const protos = [Array.prototype, String.prototype, Map.prototype, Set.prototype, WeakMap.prototype, WeakSet.prototype,
  Promise.prototype, RegExp.prototype, Object.prototype, Error.prototype, Number.prototype, Boolean.prototype,
  Object.getPrototypeOf(Uint8Array.prototype), Object.getPrototypeOf([][Symbol.iterator]()),
  Object.getPrototypeOf(new Map()[Symbol.iterator]()), Object.getPrototypeOf(new Set()[Symbol.iterator]()),
  Object.getPrototypeOf(''[Symbol.iterator]())];
let busy = false;
function record(self, args) {
  if (busy) return;
  busy = true;
  try { __spy(self); for (let i = 0; i < args.length; i++) __spy(args[i]); } finally { busy = false; }
}
for (const p of protos) {
  for (const k of Reflect.ownKeys(p)) {
    if (k === 'constructor' || k === '__proto__') continue;
    const d = Reflect.getOwnPropertyDescriptor(p, k);
    if (!d.configurable && !d.writable) continue;
    if (typeof d.value === 'function') {
      const orig = d.value;
      Object.defineProperty(p, k, { value: function (...args) { record(this, args); return __apply(orig, this, args); }, writable: true, configurable: true });
    } else if (d.get) {
      const g = d.get;
      Object.defineProperty(p, k, { get() { record(this, []); return __apply(g, this, []); }, set: d.set, configurable: true });
    }
  }
}
__touchEverything();
import('node:path').then(() => __finish(), () => __finish());
