'use strict';
const { URLSearchParams } = require('node:url');
const p = new URLSearchParams('a=1');
for (const f of [() => new URLSearchParams([[1]]), () => new URLSearchParams([1]), () => new URLSearchParams([['a', 'b', 'c']]),
  () => new URLSearchParams({ [Symbol.iterator]: 1 }), () => new URLSearchParams({ a: 1, [Symbol('x')]: 2 }), () => p.append('a'),
  () => p.set('a'), () => p.get(), () => p.getAll(), () => p.has(), () => p.delete(), () => p.forEach(5),
  () => URLSearchParams.prototype.get.call({}, 'a'), () => URLSearchParams.prototype.toString.call(5), () => p.keys().next.call({})]) {
  try { console.log('ok', String(f())); } catch (e) { console.log(e.name, e.code, e.message); }
}
