// The global error classes, Promise, Object, Array, Map, Set, Symbol and
const __parse = JSON.parse, __stringify = JSON.stringify;
// JSON replaced by recording subclasses; host paths must neither break nor
// call them with internals.
for (const name of ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError', 'EvalError']) {
  const Orig = globalThis[name];
  globalThis[name] = function (...args) { __spy(this, ...args); return Reflect.construct(Orig, args, new.target || Orig); };
  globalThis[name].prototype = Orig.prototype;
  globalThis[name].captureStackTrace = function (...a) { __spy(...a); };
}
for (const name of ['Promise', 'Map', 'Set', 'WeakMap', 'Array', 'Object', 'Symbol', 'Proxy']) {
  const Orig = globalThis[name];
  globalThis[name] = new Proxy(Orig, {
    apply(t, thisArg, args) { __spy(thisArg, ...args); return __apply(t, thisArg, args); },
    construct(t, args, nt) { __spy(...args); return Reflect.construct(t, args, nt); },
    get(t, k, r) { __spy(r); return t[k]; },
  });
}
globalThis.JSON = { parse(s) { __spy(s); return __parse(s); }, stringify(...a) { __spy(...a); return __stringify(...a); } };
__touchEverything();
import('node:fs').then(() => __finish(), () => __finish());
