const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('node:stream/web');
const util = require('node:util');
const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const c = new CountQueuingStrategy({ highWaterMark: 3 });
console.log(b.highWaterMark, b.size(new Uint8Array(5)), b.size({ byteLength: 9 }), b.size.name, b.size.length);
console.log(c.highWaterMark, c.size('anything'), c.size(), c.size.name);
console.log(b.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
console.log(Object.prototype.toString.call(b), Object.prototype.toString.call(c));
console.log(util.inspect(b), util.inspect(c));
console.log(new CountQueuingStrategy({ highWaterMark: '7' }).highWaterMark);
for (const fn of [() => new CountQueuingStrategy(), () => new CountQueuingStrategy({}), () => new ByteLengthQueuingStrategy(null),
  () => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({})]) {
  try { fn(); } catch (e) { console.log(e.name, e.code, e.message); }
}
