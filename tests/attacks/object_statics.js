// Every static method of Object, Array, JSON, Promise, Symbol, Number,
// String, Math and Error replaced by a recording wrapper.
for (const C of [Object, Array, JSON, Promise, Symbol, Number, String, Error, ArrayBuffer, Map, Set]) {
  for (const k of Reflect.ownKeys(C)) {
    const d = Reflect.getOwnPropertyDescriptor(C, k);
    if (!d.writable || typeof d.value !== 'function') continue;
    const orig = d.value;
    C[k] = function (...args) { __spy(this, ...args); return new.target ? Reflect.construct(orig, args, new.target) : __apply(orig, this, args); };
  }
}
__touchEverything();
__finish();
