// node:timers/promises: setTimeout/setImmediate values, AbortSignal
// rejections with ABORT_ERR, and the setInterval async iterator.
const tp = require('node:timers/promises');
(async () => {
  console.log(await tp.setTimeout(5, 'value'));
  console.log(await tp.setImmediate('imm'));
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await tp.setTimeout(1, 'y', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted', e.code); }
  let n = 0;
  for await (const v of tp.setInterval(5, 'iv')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log(await tp.scheduler.wait(2) === undefined);
  console.log(require('timers').promises === tp);
})();
