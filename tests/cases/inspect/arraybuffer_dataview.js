'use strict';
const util = require('node:util');
const ab = new ArrayBuffer(4);
new Uint8Array(ab).set([0, 1, 255, 16]);
console.log(ab);
console.log(new ArrayBuffer(0));
console.log(new DataView(ab, 1, 2));
console.log(new DataView(new ArrayBuffer(0)));
console.log(new ArrayBuffer(120));
console.log(util.inspect(new ArrayBuffer(10), { maxArrayLength: 3 }));
console.log(util.inspect(new ArrayBuffer(10), { maxArrayLength: 0 }));
console.log(util.inspect(ab, { showHidden: true }).split('\n')[0]);
const abp = new ArrayBuffer(2); abp.prop = 'p';
console.log(abp);
console.log(util.inspect({ ab }, { depth: 0 }));
console.log(util.inspect(new DataView(ab), { depth: 0 }));
console.log([ab, new DataView(ab)]);
try { util.inspect(ab, { maxArrayLength: -1 }); console.log('no throw'); } catch (e) { console.log(e.name, e.message); }
