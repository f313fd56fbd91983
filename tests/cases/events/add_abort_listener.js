'use strict';
const { addAbortListener } = require('node:events');

const ac = new AbortController();
const disposable = addAbortListener(ac.signal, (e) => console.log('abort listener', e.type));
console.log(typeof disposable, Object.getPrototypeOf(disposable));
ac.abort();

const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('never called'));
const dispose = d2[Symbol.dispose] || Object.getOwnPropertySymbols(d2).map((s) => d2[s])[0];
dispose.call(d2);
ac2.abort();

const pre = AbortSignal.abort();
addAbortListener(pre, (...args) => console.log('already aborted, args', args.length));
console.log('sync end');

// stopImmediatePropagation does not prevent it
const ac3 = new AbortController();
ac3.signal.addEventListener('abort', (e) => { console.log('first stops'); e.stopImmediatePropagation(); });
addAbortListener(ac3.signal, () => console.log('still called'));
ac3.signal.addEventListener('abort', () => console.log('regular not called'));
ac3.abort();

for (const [s, l] of [[undefined, () => {}], [5, () => {}], [new AbortController().signal, 5]]) {
  try { addAbortListener(s, l); } catch (err) { console.log(err.code, err.message); }
}
