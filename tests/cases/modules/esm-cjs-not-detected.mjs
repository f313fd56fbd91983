import * as dyn from './fixtures/cjs-named/dynamic.js';
import * as re from './fixtures/cjs-named/reexport.js';
import * as cls from './fixtures/cjs-named/class.js';
import * as prim from './fixtures/cjs-named/prim.js';
import * as late from './fixtures/cjs-named/late.js';
const show = (label, ns) => console.log(label, JSON.stringify(Object.keys(ns)));
show('dynamic', dyn);
console.log('dynamic default', JSON.stringify(dyn.default));
show('reexport', re);
show('class', cls);
console.log('class make', typeof cls.default.make);
show('prim', prim);
console.log(prim.default);
show('late', late);
await new Promise((r) => setTimeout(r, 5));
console.log('late default has late', late.default.late, 'named late', late.late);
try {
  await import('./fixtures/cjs-named/_importer-missing.mjs');
} catch (e) {
  console.log(e.name, e.code);
}
