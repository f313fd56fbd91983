'use strict';
const { once, on } = require('node:events');
const EventEmitter = require('node:events');

async function main() {
  const ac = new AbortController();
  const p = once(new EventEmitter(), 'x', { signal: ac.signal });
  ac.abort('because');
  try { await p; } catch (err) {
    console.log('name', err.name, 'code', err.code, 'message', err.message);
    console.log('cause', err.cause);
    console.log('keys', Object.keys(err).join(','));
    console.log('toString', String(err));
    console.log('stack[0]', err.stack.split('\n')[0]);
    console.log('instanceof Error', err instanceof Error);
    const d = Object.getOwnPropertyDescriptor(err, 'cause');
    console.log('cause enumerable', d.enumerable);
  }
  const signal = AbortSignal.abort();
  const reason = signal.reason;
  console.log('DOMException', reason.name, reason.message, reason.code, reason instanceof Error);
  console.log('DOMException toString', String(reason));
  console.log('DOMException stack[0]', reason.stack.split('\n')[0]);
  console.log('DOMException keys', Object.keys(reason));
  try {
    for await (const x of on(new EventEmitter(), 'x', { signal })) console.log(x);
  } catch (err) {
    console.log('on sync abort', err.name, err.code, err.cause === reason);
  }
  const de = new DOMException('msg', 'NotFoundError');
  console.log(de.name, de.message, de.code, DOMException.NOT_FOUND_ERR, de.ABORT_ERR);
  const de2 = new DOMException('m2', { name: 'DataCloneError', cause: 'c' });
  console.log(de2.name, de2.code, de2.cause);
  const de3 = new DOMException();
  console.log(JSON.stringify([de3.name, de3.message, de3.code]));
  console.log(Object.prototype.toString.call(de3));
  const de4 = new DOMException('x', 'CustomName');
  console.log(de4.code, String(de4));
}
main();
