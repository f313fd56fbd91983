'use strict';
const EventEmitter = require('node:events');
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', err.name, err.code, origin);
  console.log('message', err.message);
  console.log('context', JSON.stringify(err.context));
});
const e = new EventEmitter();
setTimeout(() => {
  e.emit('error', { reason: 'plain object', n: 1 });
}, 1);
setTimeout(() => {
  e.emit('error', 'a string');
}, 2);
setTimeout(() => {
  console.log('still alive');
}, 5);
