'use strict';
const EventEmitter = require('node:events');
const { once } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2, 3), 1);
  const args = await once(e, 'ready');
  console.log('ready', args);
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));

  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try {
    await once(e, 'ready');
  } catch (err) {
    console.log('rejected', err.message, e.listenerCount('ready'), e.listenerCount('error'));
  }

  // waiting for 'error' itself resolves
  setTimeout(() => e.emit('error', new Error('as value')), 1);
  const [errv] = await once(e, 'error');
  console.log('error as value', errv.message);

  // abort signal
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (err) {
    console.log('aborted', err.name, err.code, err.message, err.cause && err.cause.name);
  }
  console.log('after abort listeners', e.listenerCount('never'), e.listenerCount('error'));

  const pre = AbortSignal.abort('why');
  try { await once(e, 'x', { signal: pre }); } catch (err) {
    console.log('pre-aborted', err.name, err.cause);
  }

  try { await once(e, 'x', { signal: 'nope' }); } catch (err) {
    console.log(err.code, err.message);
  }
  try { await once(42, 'x'); } catch (err) {
    console.log(err.code, err.message);
  }

  // EventTarget
  const t = new EventTarget();
  setTimeout(() => t.dispatchEvent(new Event('go')), 1);
  const [ev] = await once(t, 'go');
  console.log('event target once', ev.type, ev instanceof Event);
}
main();
