'use strict';
const events = require('node:events');
const keys = Object.keys(events).sort();
console.log(keys.join(','));
for (const k of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners', 'addAbortListener', 'listenerCount', 'init']) {
  console.log(k, typeof events[k]);
}
console.log('defaultMaxListeners', events.defaultMaxListeners);
console.log('errorMonitor', String(events.errorMonitor));
console.log('captureRejectionSymbol', String(events.captureRejectionSymbol));
console.log('proto methods', Object.getOwnPropertyNames(events.prototype).sort().join(','));
console.log(require('events') === events, events.EventEmitter === events);
console.log('EventEmitterAsyncResource', typeof events.EventEmitterAsyncResource);
const d = Object.getOwnPropertyDescriptor(events, 'defaultMaxListeners');
console.log('defaultMaxListeners accessor', typeof d.get, typeof d.set, d.enumerable);
console.log(events.once.length, events.on.length, events.prototype.emit.length, events.prototype.on.length);
console.log(events.prototype._events, events.prototype._eventsCount, events.prototype._maxListeners);
