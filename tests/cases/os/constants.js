'use strict';
const os = require('node:os');
console.log(os.constants);
console.log(Object.getPrototypeOf(os.constants), Object.isFrozen(os.constants));
console.log(os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGH);
const d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
