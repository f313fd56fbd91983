'use strict';
const EventEmitter = require('node:events');

const e = new EventEmitter();
function tryEmit(label, ...args) {
  try {
    e.emit('error', ...args);
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message),
                err.context === args[0], Object.keys(err).join(','));
  }
}
tryEmit('error obj', new TypeError('boom'));
tryEmit('string', 'str');
tryEmit('number', 42);
tryEmit('undefined');
tryEmit('null', null);
tryEmit('object', { a: 1, b: 'two' });
tryEmit('array', [1, 2, 3]);

const err = new Error('same');
try { e.emit('error', err); } catch (x) { console.log('same instance', x === err); }

e.on('error', (er) => console.log('handled', er.message));
console.log('emit with handler', e.emit('error', new Error('handled one')));

// errorMonitor
const m = new EventEmitter();
m.on(EventEmitter.errorMonitor, (er) => console.log('monitor saw', er.message));
try { m.emit('error', new Error('monitored')); } catch (x) { console.log('still thrown', x.message); }
console.log(String(EventEmitter.errorMonitor));
console.log(typeof EventEmitter.errorMonitor);
