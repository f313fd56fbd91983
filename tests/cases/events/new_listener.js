'use strict';
const EventEmitter = require('node:events');

const e = new EventEmitter();
e.on('newListener', (event, listener) => {
  console.log('newListener', String(event), listener.name, e.listenerCount(event));
  if (event === 'data') {
    e.on('extra', () => {});
  }
});
function data() {}
function once() {}
e.on('data', data);
e.once('end', once);
e.prependListener('data', function pre() {});
console.log(e.eventNames());
console.log(e.listeners('data').map((f) => f.name));

// newListener gets the original listener for once
const g = new EventEmitter();
g.on('newListener', (ev, l) => console.log('got original', l === once));
g.once('x', once);
