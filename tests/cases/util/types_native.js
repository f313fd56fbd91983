'use strict';
const { types } = require('node:util');

function* gen() {}
async function asyncFn() {}
async function* asyncGen() {}
function args() {
  return arguments;
}
const values = {
  generatorFunction: gen, asyncFunction: asyncFn, asyncGenerator: asyncGen,
  plainFunction: function() {}, arrow: () => {}, generatorObject: gen(),
  asyncGeneratorObject: asyncGen(), promise: Promise.resolve(1), thenable: { then() {} },
  promiseLike: Object.create(Promise.prototype), mapIterator: new Map().entries(),
  mapKeys: new Map().keys(), setIterator: new Set().values(), arrayIterator: [][Symbol.iterator](),
  argumentsObject: args(1, 2), arrayLike: { length: 0 }, proxy: new Proxy({}, {}),
  proxyFn: new Proxy(function() {}, {}), object: {},
};
const checks = ['isGeneratorFunction', 'isAsyncFunction', 'isGeneratorObject', 'isPromise',
  'isMapIterator', 'isSetIterator', 'isArgumentsObject', 'isProxy', 'isExternal',
  'isModuleNamespaceObject', 'isKeyObject', 'isCryptoKey'];
for (const name of Object.keys(values)) {
  console.log(name.padEnd(20), checks.map((c) => (types[c](values[name]) ? 1 : 0)).join(''));
}
console.log('primitives', checks.map((c) => [1, 'x', null, undefined].some((v) => types[c](v)) ? 1 : 0).join(''));
