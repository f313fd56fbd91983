// Getters for the property-descriptor fields on Object.prototype: every
// Object.defineProperty(o, k, { value }) without a null prototype hands its
// descriptor (and the value in it) to the program.
for (const name of ['get', 'set', 'writable', 'enumerable', 'configurable']) {
  Object.defineProperty(Object.prototype, name, {
    __proto__: null,
    get() { __spy(this); return undefined; },
    configurable: true,
  });
}
__touchEverything();
for (const name of ['get', 'set', 'writable', 'enumerable', 'configurable']) delete Object.prototype[name];
__finish();
