'use strict';
// Node-style internal errors are instances of the base class as far as
// constructor, name, toString and the stack header are concerned.
const fs = require('fs');
const events = require('events');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.constructor.name, e.constructor === TypeError || e.constructor === RangeError || e.constructor === Error,
      e.name, e.code, e instanceof Error, e instanceof TypeError, e instanceof RangeError);
    console.log('  toString:', String(e));
    console.log('  stack[0]:', e.stack.split('\n')[0]);
    console.log('  own:', Object.getOwnPropertyNames(e).sort().join(','), Object.keys(e).join(','));
    console.log('  proto ctor own:', Object.prototype.hasOwnProperty.call(e, 'constructor'));
  }
}

show('arg type', () => fs.readFileSync({}));
show('callback', () => fs.readFile('x'));
show('out of range', () => Buffer.alloc(-1));
show('listener', () => new events.EventEmitter().on('x', 1));
show('max listeners', () => new events.EventEmitter().setMaxListeners(-1));
show('invalid url', () => new URL('nope'));
show('unhandled error', () => new events.EventEmitter().emit('error', 'boom'));
show('buffer encoding', () => Buffer.from('x', 'nope'));

// A user class extending a thrown error's constructor is the base class.
try { fs.readFileSync({}); } catch (e) {
  class Mine extends e.constructor {}
  console.log(new Mine('m') instanceof TypeError, new Mine('m').name);
}
