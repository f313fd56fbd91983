'use strict';
const util = require('node:util');

console.log(Object.keys(util).join(' '));
const lazy = [];
for (const [key, desc] of Object.entries(Object.getOwnPropertyDescriptors(util))) {
  if (desc.get) lazy.push(key);
}
console.log('accessors', lazy.join(' '));
console.log('TextEncoder', util.TextEncoder === globalThis.TextEncoder, util.TextDecoder === globalThis.TextDecoder);
console.log('types', util.types === require('node:util/types'));
const fnLengths = ['inherits', 'promisify', 'callbackify', 'deprecate',
  'isDeepStrictEqual', 'debuglog', 'getSystemErrorName', 'toUSVString', 'parseArgs', 'styleText'];
console.log('lengths', fnLengths.map((k) => `${k}=${util[k].length}`).join(' '));
console.log('names', ['promisify', 'callbackify', 'deprecate', 'inherits', 'isDeepStrictEqual', 'parseArgs'].map((k) => util[k].name).join(' '));
util.parseArgs = 'overridden';
console.log('settable lazy', util.parseArgs);
