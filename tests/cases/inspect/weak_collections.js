'use strict';
const util = require('node:util');
const key = { k: 1 };
const wm = new WeakMap([[key, 'v']]);
const ws = new WeakSet([key]);
console.log(wm, ws);
console.log({ wm, ws });
console.log(util.inspect(wm, { depth: 0 }), util.inspect([ws], { depth: 0 }));
const wr = new WeakRef(key);
console.log(wr);
class MyWM extends WeakMap {}
console.log(new MyWM());
const wmp = new WeakMap(); wmp.prop = 1;
console.log(wmp);
console.log(new FinalizationRegistry(() => {}));
