'use strict';
async function main() {
  const s = AbortSignal.abort();
  console.log('abort()', s.aborted, s.reason.name, s.reason.message);
  const s2 = AbortSignal.abort('why');
  console.log('abort(why)', s2.aborted, s2.reason);

  const keepAlive = setTimeout(() => {}, 1000); // the timeout's own timer is unref'd
  const t = AbortSignal.timeout(5);
  console.log('timeout initially', t.aborted);
  await new Promise((resolve) => t.addEventListener('abort', resolve));
  console.log('timeout fired', t.aborted, t.reason.name, t.reason.message, t.reason.code);
  clearTimeout(keepAlive);
  const u = AbortSignal.timeout(100000); // must not keep the process alive
  console.log('long timeout', u.aborted);

  for (const bad of [-1, 'a', 1.5, 2 ** 32]) {
    try { AbortSignal.timeout(bad); } catch (err) { console.log(err.name, err.code, err.message); }
  }

  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  any.addEventListener('abort', () => console.log('any aborted with', any.reason));
  console.log('any initially', any.aborted);
  b.abort('b reason');
  a.abort('a reason');
  console.log('any reason', any.reason);

  const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
  console.log('any pre-aborted', pre.aborted, pre.reason);
  console.log('any empty', AbortSignal.any([]).aborted);
  for (const bad of [5, [5], null]) {
    try { AbortSignal.any(bad); } catch (err) { console.log(err.name, err.code, err.message); }
  }
}
main();
