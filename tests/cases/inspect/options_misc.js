'use strict';
const util = require('node:util');
console.log(util.inspect.defaultOptions);
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions = { depth: 0, breakLength: 40 };
console.log(util.inspect({ a: { b: 1 } }), util.inspect.defaultOptions.depth);
console.log({ a: { b: 1 } });
util.inspect.defaultOptions = saved;
console.log(util.inspect({ a: { b: 1 } }));
for (const bad of [null, 'x', 5, undefined]) {
  try { util.inspect.defaultOptions = bad; console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(util.inspect({ a: 1 }, true), util.inspect({ a: { b: { c: {} } } }, false, 0), util.inspect({ a: 1 }, false, 1, true));
console.log(util.inspect('x', 'stringOpts'), util.inspect(5, null), util.inspect(5, undefined));
console.log(util.inspect([1, 2, 3], { maxArrayLength: null }), util.inspect('abcdef', { maxStringLength: null }));
console.log(util.inspect({ a: [1, 2] }, { showHidden: true }));
console.log(util.inspect({ a: 1 }, { stylize: (s, t) => `<${t}:${s}>` }));
console.log(util.inspect([1.5, -2000000.25, 1e21, 12345n], { numericSeparator: true }));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain \u001b[1;4mbold\u001b[0m'));
console.log(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007 done'));
try { util.stripVTControlCharacters(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(util.inspect(util.inspect(new Map([[1, 2]]))));
