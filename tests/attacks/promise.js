// Promise.prototype.then/catch/finally, the constructor lookup and the
// species replaced; the ES module loader runs under them.
const then = Promise.prototype.then;
Promise.prototype.then = function (...a) { __spy(this, ...a); return __apply(then, this, a); };
const c = Promise.prototype.catch;
Promise.prototype.catch = function (...a) { __spy(this, ...a); return __apply(c, this, a); };
const f = Promise.prototype.finally;
Promise.prototype.finally = function (...a) { __spy(this, ...a); return __apply(f, this, a); };
Object.defineProperty(Promise.prototype, 'constructor', { get() { __spy(this); return Promise; }, configurable: true });
Object.defineProperty(Promise, Symbol.species, { get() { __spy(this); return Promise; }, configurable: true });
const res = Promise.resolve;
Promise.resolve = function (v) { __spy(v); return __apply(res, this, [v]); };
import('node:fs').then(() => import('node:events')).then(() => __finish(), () => __finish());
