// Deep recursion of every kind is a catchable RangeError, and the program
// carries on.
const vm = require('vm');
const patterns = {
  plain() { function f() { f(); } f(); },
  getter() { const o = { get x() { return this.x; } }; return o.x; },
  valueOf() { const o = { valueOf() { return +o; } }; return +o; },
  constructor() { class A { constructor() { new A(); } } new A(); },
  generator() { function* g() { yield* g(); } [...g()]; },
  bound() { function f() { g(); } const g = f.bind(null); f(); },
  sort() { function f() { [2, 1].sort(f); return 0; } f(); },
  map() { function f() { [1].map(f); } f(); },
  eval() { globalThis.ef = function () { eval('ef()'); }; ef(); },
  reentry() { globalThis.vf = function () { vm.runInThisContext('vf()'); }; vf(); },
  proxy() { const p = new Proxy({}, { get(t, k) { return p[k]; } }); return p.x; },
};
for (const [name, fn] of Object.entries(patterns)) {
  try {
    fn();
    console.log(name, 'no overflow');
  } catch (e) {
    console.log(name, e instanceof RangeError, e.message);
  }
}
function depth() { let d = 0; function f() { d++; f(); } try { f(); } catch {} return d; }
console.log('deep enough', depth() > 5000);
