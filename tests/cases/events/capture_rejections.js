'use strict';
const EventEmitter = require('node:events');

async function main() {
  const e = new EventEmitter({ captureRejections: true });
  e.on('work', async (v) => { throw new Error('async fail ' + v); });
  e.on('error', (err) => console.log('captured', err.message));
  e.emit('work', 1);
  await new Promise((r) => setTimeout(r, 5));

  const f = new EventEmitter({ captureRejections: true });
  f[Symbol.for('nodejs.rejection')] = (err, type, ...args) => {
    console.log('rejection handler', err.message, type, args);
  };
  f.on('job', async () => { throw new Error('job fail'); });
  f.emit('job', 'a', 'b');
  await new Promise((r) => setTimeout(r, 5));

  console.log(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));

  // non-capturing emitter: returned promise is ignored
  const g = new EventEmitter();
  g.on('x', async () => 'value');
  console.log('emit returns', g.emit('x'));

  // thenable
  const h = new EventEmitter({ captureRejections: true });
  h.on('error', (err) => console.log('thenable captured', err));
  h.on('t', () => ({ then(res, rej) { rej('thenable reason'); } }));
  h.emit('t');
  await new Promise((r) => setTimeout(r, 5));
  console.log('done');
}
main();
