'use strict';
const util = require('node:util');
function args() { return arguments; }
console.log(args(1, 'two', { three: 3 }));
console.log(args());
console.log([args(1)]);
console.log(util.inspect(args(1, 2), { depth: 0 }));
function sloppyLike(a) { return arguments; }
console.log(sloppyLike(5), Object.keys(sloppyLike(5, 6)));
