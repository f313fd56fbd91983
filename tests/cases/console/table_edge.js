'use strict';
console.table('notobj');
console.table(5);
console.table(null);
console.table(undefined);
console.table([]);
console.table({});
console.table([{}]);
console.table([{ name: '日本語', v: 1 }, { name: 'abc', v: 22 }]);
console.table([{ emoji: 'ok', wide: 'ｗｉｄｅ' }]);
console.table([[]]);
console.table([{ 'key with space': 1, 'x-y': 2 }]);
for (const bad of ['bad', 5, { 0: 'a' }]) {
  try { console.table([{ a: 1 }], bad); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.table([{ a: 1 }], []);
console.table(Object.assign([{ a: 1 }], { extra: { a: 2 } }));
console.table(function f() {});
