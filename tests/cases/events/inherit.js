'use strict';
const EventEmitter = require('node:events');
const util = require('node:util');

function Legacy() {
  EventEmitter.call(this);
  this.name = 'legacy';
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('hi', function (v) { console.log('legacy hi', v, this.name); });
l.emit('hi', 1);
console.log(l instanceof EventEmitter, Object.keys(l).join(','));

class Modern extends EventEmitter {
  constructor() {
    super({ captureRejections: false });
    this.count = 0;
  }
  bump() { this.count++; this.emit('bump', this.count); }
}
const m = new Modern();
m.on('bump', (n) => console.log('bump', n));
m.bump(); m.bump();
console.log(Object.keys(m).join(','));

// EventEmitter.init
const obj = {};
EventEmitter.init.call(obj);
console.log(Object.keys(obj).join(','), obj._eventsCount);

// Object.create based
const proto = Object.create(EventEmitter.prototype);
proto.on('p', () => console.log('proto-based works'));
proto.emit('p');
console.log(typeof proto._events);
