'use strict';
const EventEmitter = require('node:events');

const e = new EventEmitter();
const bad = [undefined, null, 1, 'str', {}, [], Symbol('s'), true, 10n];
for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off']) {
  for (const v of bad) {
    try {
      e[method]('x', v);
      console.log(method, 'accepted');
    } catch (err) {
      console.log(method, err.name, err.code, err.message);
    }
  }
}
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.captureRejections = 1; } catch (err) { console.log(err.code, err.message); }
console.log('captureRejections default', EventEmitter.captureRejections);
