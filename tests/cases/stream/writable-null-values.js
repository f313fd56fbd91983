'use strict';
// write(null) and invalid chunks throw synchronously.
const { Writable } = require('node:stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('unexpected error event', e.code));
for (const v of [null, undefined, 42, {}, true]) {
  try {
    w.write(v);
    console.log('no throw for', String(v));
  } catch (err) {
    console.log(String(v), '->', err.name, err.code, err.message);
  }
}
const wo = new Writable({ objectMode: true, write(c, e, cb) { console.log('obj', JSON.stringify(c), e); cb(); } });
try { wo.write(null); } catch (err) { console.log('objectMode null ->', err.code); }
wo.write(undefined);
wo.write(0);
wo.write({ k: 'v' });
try { w.end(null); console.log('end(null) ok'); } catch (err) { console.log('end(null)', err.code); }
try { w.write('x', 'bogus-enc'); } catch (err) { console.log(err.name, err.code, err.message); }
