'use strict';
const path = require('node:path');
const EventEmitter = require('node:events');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label);
    console.log('  name:', err.name, '| code:', err.code);
    console.log('  message:', err.message);
    console.log('  toString:', String(err));
    console.log('  stack[0]:', err.stack.split('\n')[0]);
    console.log('  keys:', Object.keys(err).join(','));
    console.log('  TypeError?', err instanceof TypeError, 'Error?', err instanceof Error);
  }
}
show('path.join number', () => path.join('a', 1));
show('path.basename null', () => path.basename(null));
show('path.extname undefined', () => path.extname(undefined));
show('path.dirname object', () => path.dirname({}));
show('path.resolve array', () => path.resolve([]));
show('path.normalize fn', () => path.normalize(function named() {}));
show('path.isAbsolute bool', () => path.isAbsolute(true));
show('path.relative symbol', () => path.relative('a', Symbol('s')));
show('emitter listener', () => new EventEmitter().on('x', 'str'));
show('setTimeout callback', () => setTimeout('code', 1));
show('setInterval callback', () => setInterval(null, 1));
show('setImmediate callback', () => setImmediate(42));
show('queueMicrotask', () => queueMicrotask({}));
show('process.nextTick', () => process.nextTick(1n));
