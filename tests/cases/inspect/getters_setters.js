'use strict';
const util = require('node:util');
const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return { d: 2 }; },
  set c(v) {},
  get e() { throw new Error('nope'); },
  get n() { return null; },
  get s() { return 'str'; },
  get arr() { return [1, 2, 3]; },
};
console.log(o);
for (const getters of [true, 'get', 'set', false]) console.log(getters, util.inspect(o, { getters }));
class WithGetter { constructor() { this.v = 1; } get computed() { return this.v * 2; } }
console.log(new WithGetter(), util.inspect(new WithGetter(), { getters: true }));
const defs = Object.defineProperties({}, {
  ro: { value: 1, enumerable: true },
  gs: { get() { return 2; }, set(v) {}, enumerable: true },
  so: { set(v) {}, enumerable: true },
  un: { value: undefined, enumerable: true },
});
console.log(defs, util.inspect(defs, { getters: true }));
const deepGetter = { get deep() { return { a: { b: { c: {} } } }; } };
console.log(util.inspect(deepGetter, { getters: true }));
console.log(util.inspect(deepGetter, { getters: true, depth: 0 }));
