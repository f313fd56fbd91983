'use strict';
const util = require('node:util');
const strs = ['plain', "it's", 'say "hi"', `both ' and "`, 'all \' " `', "tpl ${x} ' \"",
  'tab\tnew\nline', 'nul\x00 bell\x07 esc\x1b del\x7f c1\x85', 'back\\slash', '\ud800 lone high', 'lone low \udc00',
  'pair \ud83d\ude00', 'unicode é 日本', '', ' ', '\u2028\u2029'];
for (const s of strs) console.log(util.inspect(s));
console.log(strs);
console.log({ key: "it's" }, ["'", '"', '`']);
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect('abc', { maxStringLength: 2 }), util.inspect('abc', { maxStringLength: 0 }));
console.log(util.inspect(['a'.repeat(20), 'b'.repeat(5)], { maxStringLength: 4 }));
console.log(util.inspect('x'.repeat(200)).length);
console.log(util.inspect("q'".repeat(3000)).slice(0, 40));
console.log(util.inspect('ab'.repeat(3000) + '\n').slice(-10));
