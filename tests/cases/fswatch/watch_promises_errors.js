'use strict';
const fsp = require('node:fs/promises');

async function show(label, fn) {
  try {
    const it = fn();
    console.log(label, 'created', typeof it.next);
    const r = await it.next();
    console.log(label, 'next', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.syscall) console.log('  ', e.errno, e.syscall, e.path, e.filename);
  }
}

(async () => {
  await show('missing', () => fsp.watch('./no-such-dir'));
  await show('bad path', () => fsp.watch(42));
  await show('bad options', () => fsp.watch('.', 'utf8'));
  await show('bad persistent', () => fsp.watch('.', { persistent: 1 }));
  await show('bad recursive', () => fsp.watch('.', { recursive: null }));
  await show('bad signal', () => fsp.watch('.', { signal: 1 }));
  await show('bad encoding', () => fsp.watch('.', { encoding: 'nope' }));
  await show('aborted', () => fsp.watch('.', { signal: AbortSignal.abort() }));
  const ac = new AbortController();
  const it = fsp.watch('.', { signal: ac.signal });
  const p = it.next();
  setTimeout(() => ac.abort(new Error('why')), 20);
  try {
    await p;
  } catch (e) {
    console.log('abort while waiting', e.name, e.code, e.cause && e.cause.message);
  }
  console.log('after abort', await it.next());
})();
