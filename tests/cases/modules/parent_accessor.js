// module.parent is an accessor of Module.prototype (no own property): null
// for the main module, the requiring module for a child; it can be set.
const Module = require('module');
const d = Object.getOwnPropertyDescriptor(Module.prototype, 'parent');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(module.parent, Object.getOwnPropertyDescriptor(module, 'parent'));
console.log(require('./_parent_child.js'));
const m = new Module('x', module);
console.log(m.parent === module);
m.parent = null;
console.log(m.parent);
