'use strict';
// The receiver named in Atomics' TypeErrors, for every kind of value.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name, e.message); } };
for (const v of [1, 'abc', undefined, null, true, Symbol('q'), 10n, [], () => 1, new Map(), Object.create(null), new (class Foo {})(), new DataView(new ArrayBuffer(4))]) t(() => Atomics.load(v, 0));
t(() => Atomics.wait(new Float32Array(new SharedArrayBuffer(8)), 0, 0));
t(() => Atomics.notify(new Uint32Array(4), 0));
t(() => Atomics.waitAsync(new BigInt64Array(new SharedArrayBuffer(8)), 0, 1));
t(() => JSON.stringify(Atomics.waitAsync(new BigInt64Array(new SharedArrayBuffer(8)), 0, 1n)));
t(() => Atomics.isLockFree('4'));
t(() => Atomics.isLockFree(16));
