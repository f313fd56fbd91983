// Well-known symbols installed on the shared prototypes: iteration,
// primitive conversion, instanceof, species, toStringTag.
const ai = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () { __spy(this); return __apply(ai, this, []); };
Object.defineProperty(Object.prototype, Symbol.toPrimitive, { value(hint) { __spy(this); return hint === 'number' ? NaN : '[object]'; }, configurable: true, writable: true });
// Function.prototype[Symbol.hasInstance] is not configurable; a class's own is.
for (const C of [Error, TypeError, RangeError, Object, Array, Map, Promise]) {
  try { Object.defineProperty(C, Symbol.hasInstance, { value(v) { __spy(this, v); return Object.prototype.isPrototypeOf.call(this.prototype, v); }, configurable: true, writable: true }); } catch {}
}
Object.defineProperty(Array, Symbol.species, { get() { __spy(this); return Array; }, configurable: true });
Object.defineProperty(Object.prototype, Symbol.toStringTag, { get() { __spy(this); return undefined; }, configurable: true });
Object.defineProperty(Object.prototype, Symbol.iterator, { get() { __spy(this); return undefined; }, configurable: true });
Object.defineProperty(Object.prototype, Symbol.asyncIterator, { get() { __spy(this); return undefined; }, configurable: true });
__touchEverything();
__finish();
