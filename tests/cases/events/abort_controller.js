'use strict';
const ac = new AbortController();
const { signal } = ac;
console.log('initial', signal.aborted, signal.reason, ac.signal === signal);
const order = [];
signal.addEventListener('abort', (e) => {
  order.push('listener');
  console.log('abort event', e.type, e.isTrusted, e.target === signal, e.constructor.name);
});
signal.onabort = (e) => order.push('onabort:' + e.type);
console.log('onabort is fn', typeof signal.onabort);
ac.abort();
console.log(order.join(','));
console.log('after', signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code);
console.log('reason instanceof Error', signal.reason instanceof Error, Object.prototype.toString.call(signal.reason));
ac.abort('second'); // no-op
console.log('reason unchanged', signal.reason.name, order.length);
try { signal.throwIfAborted(); } catch (err) { console.log('throwIfAborted', err.name, err.message); }

const ac2 = new AbortController();
ac2.abort('custom reason');
console.log('custom', ac2.signal.reason);
try { ac2.signal.throwIfAborted(); } catch (err) { console.log('thrown value', err); }
const ac3 = new AbortController();
const r = new Error('my error');
ac3.abort(r);
console.log('error reason', ac3.signal.reason === r);
const ac4 = new AbortController();
ac4.signal.throwIfAborted();
console.log('not aborted no throw');
ac4.abort(undefined);
console.log('undefined reason -> default', ac4.signal.reason && ac4.signal.reason.name);

try { new AbortSignal(); } catch (err) { console.log(err.name, err.code, err.message); }
try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}); } catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
console.log(signal instanceof EventTarget, typeof AbortSignal.abort, typeof AbortSignal.timeout, typeof AbortSignal.any);
console.log('onabort null', new AbortController().signal.onabort);
const ac5 = new AbortController();
ac5.signal.onabort = () => console.log('first handler');
ac5.signal.onabort = () => console.log('replaced handler');
ac5.abort();
