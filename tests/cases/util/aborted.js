'use strict';
const util = require('node:util');

(async () => {
  const ac = new AbortController();
  const resource = {};
  const p = util.aborted(ac.signal, resource);
  console.log('pending is promise', p instanceof Promise);
  setTimeout(() => ac.abort(), 1);
  const event = await p;
  console.log('resolved', event && event.type);

  const done = new AbortController();
  done.abort();
  console.log('already aborted', await util.aborted(done.signal, resource));

  for (const [signal, res] of [[undefined, {}], [{}, {}], [ac.signal, null], [ac.signal, 5]]) {
    try {
      await util.aborted(signal, res);
    } catch (err) {
      console.log('reject', err.name, err.code, err.message);
    }
  }
  console.log('fn resource ok', await util.aborted(done.signal, () => {}));
  const sig = util.transferableAbortSignal(done.signal);
  console.log('transferable signal', sig.aborted);
  console.log('transferable controller', util.transferableAbortController() instanceof AbortController);
  try {
    util.transferableAbortSignal({});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
