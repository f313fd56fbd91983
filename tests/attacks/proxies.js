// Proxies handed to the loader and to builtins: every trap records what
// it is given (target, receiver, values set).
function trap(target) {
  return new Proxy(target, {
    get(t, k, r) { __spy(r); return Reflect.get(t, k); },
    set(t, k, v, r) { __spy(v, r); return Reflect.set(t, k, v); },
    has(t, k) { return Reflect.has(t, k); },
    defineProperty(t, k, d) { __spy(d, d && d.value, d && d.get); return Reflect.defineProperty(t, k, d); },
    getOwnPropertyDescriptor(t, k) { return Reflect.getOwnPropertyDescriptor(t, k); },
    apply(t, thisArg, args) { __spy(thisArg, ...args); return Reflect.apply(t, thisArg, args); },
    construct(t, args, nt) { __spy(...args, nt); return Reflect.construct(t, args, nt); },
    getPrototypeOf(t) { return Reflect.getPrototypeOf(t); },
    ownKeys(t) { return Reflect.ownKeys(t); },
  });
}
const p = trap({ toString() { return 'fs'; } });
try { require(p); } catch {}
try { require('module').createRequire(trap({ href: 'file:///tmp/x.js', toString() { return '/tmp/x.js'; } })); } catch {}
try { require('fs').readFileSync(trap({}), trap({ encoding: 'utf8' })); } catch {}
try { require('util').inspect(trap({ a: 1 }), trap({ depth: 2 })); } catch {}
try { Buffer.from(trap([1, 2, 3])); } catch {}
try { new (require('events'))().on('x', trap(function () {})); } catch {}
try { Object.setPrototypeOf(Object.prototype, trap(Object.create(null))); } catch {}
Object.setPrototypeOf(Function.prototype, trap(Object.prototype));
__touchEverything();
import('node:util').then(() => __finish(), () => __finish());
