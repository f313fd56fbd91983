'use strict';
const EventEmitter = require('node:events');
console.log('before');
process.on('exit', (code) => console.log('exit code', code));
const e = new EventEmitter();
e.emit('error', new Error('nobody listens'));
console.log('not reached');
