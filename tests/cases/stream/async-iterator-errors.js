'use strict';
// Errors surface through for await; throwing in the loop destroys the stream.
const { Readable } = require('node:stream');

async function main() {
  const r = new Readable({ read() {} });
  r.push('a');
  setImmediate(() => r.destroy(new Error('mid-stream failure')));
  try {
    for await (const c of r) console.log('chunk', String(c));
  } catch (e) {
    console.log('caught', e.message);
  }
  const t = Readable.from([1, 2, 3]);
  t.on('close', () => console.log('t closed'));
  try {
    for await (const v of t) {
      if (v === 2) throw new Error('loop threw');
    }
  } catch (e) {
    console.log('caught', e.message, 'destroyed', t.destroyed, 'errored', t.errored && t.errored.name);
  }
  const d = new Readable({ read() {} });
  setImmediate(() => d.destroy());
  try {
    for await (const c of d) console.log(c);
    console.log('loop finished');
  } catch (e) {
    console.log('premature', e.code);
  }
  const n = new Readable({ read() {}, autoDestroy: false });
  n.push('q');
  setImmediate(() => n.destroy(new Error('manual')));
  try {
    for await (const c of n) console.log('n chunk', String(c));
  } catch (e) {
    console.log('n caught', e.message);
  }
}
main();
