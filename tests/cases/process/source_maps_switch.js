'use strict';
// process.setSourceMapsEnabled validates its argument; sourceMapsEnabled
// reads the switch.
for (const v of [undefined, null, 1, {}, () => {}]) {
  try { process.setSourceMapsEnabled(v); } catch (e) { console.log(e.code, e.message); }
}
console.log(process.sourceMapsEnabled);
process.setSourceMapsEnabled(false);
console.log(process.sourceMapsEnabled, typeof Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled').get);
