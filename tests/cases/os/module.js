'use strict';
const os = require('os');
console.log(os === require('node:os'));
console.log(typeof os.constants.signals, Object.keys(os.constants));
console.log(Object.keys(os.constants.signals).length, Object.keys(os.constants.errno).length);
console.log(os.constants.dlopen);
console.log(os.constants.priority);
const { signals } = os.constants;
console.log(Object.entries(signals).filter(([, v]) => v === 6).map(([k]) => k));
