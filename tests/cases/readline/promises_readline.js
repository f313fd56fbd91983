const { Readline } = require('node:readline/promises');
const { Writable } = require('node:stream');
const chunks = [];
const w = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
(async () => {
  const r = new Readline(w);
  console.log(r.cursorTo(3) === r, r.moveCursor(2, -1) === r);
  r.cursorTo(1, 4).moveCursor(-3, 5).clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  console.log('before commit', chunks.length);
  await r.commit();
  console.log(JSON.stringify(chunks));
  r.cursorTo(9).rollback();
  await r.commit();
  console.log(JSON.stringify(chunks));
  r.moveCursor(0, 0);
  await r.commit();
  console.log(JSON.stringify(chunks));
  for (const fn of [() => r.cursorTo('a'), () => r.cursorTo(1, 'b'), () => r.clearLine(2), () => r.moveCursor(1.5, 0), () => new Readline({})]) {
    try { fn(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const r2 = new Readline(w, { autoCommit: true });
  r2.cursorTo(0);
  r2.clearScreenDown();
  setImmediate(() => console.log(JSON.stringify(chunks.slice(-2))));
  try { new Readline(w, { autoCommit: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
})();
