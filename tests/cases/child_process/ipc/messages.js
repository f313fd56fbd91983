'use strict';
// Messages both ways over fork()'s channel, internal NODE_* messages kept
// from 'message', the send() argument checks and the errors of a closed
// channel.
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('internalMessage', (m) => {
    if (m.cmd === 'NODE_TEST') process.send({ internalSeen: m.n });
  });
  let cbErr;
  process.on('message', (m) => {
    if (m === 'bye') {
      process.disconnect();
      return;
    }
    process.send({ got: m, type: typeof m, cbErr });
  });
  // The child reports through the channel only: its output would race the
  // parent's.
  process.send({ channel: typeof process.channel, ref: typeof process.channel.ref, connected: process.connected },
               (err) => { cbErr = err; });
} else {
  const c = fork(__filename, ['child']);
  const sent = [1, 'two', true, { a: [1, { b: null }] }, [3, 4], 'é☃\n'];
  let got = 0;
  for (const bad of [undefined, () => {}, Symbol('s')]) {
    try {
      c.send(bad);
    } catch (e) {
      console.log('send throws', e.code, e.name);
    }
  }
  try {
    c.send('x', null, 'opts');
  } catch (e) {
    console.log('bad options', e.code);
  }
  c.on('message', (m) => {
    console.log('parent got', JSON.stringify(m));
    if (m.channel) {
      c.send({ cmd: 'NODE_TEST', n: 7 });
      for (const v of sent) console.log('send returns', c.send(v));
    } else if (m.got !== undefined && ++got === sent.length) {
      c.send('bye');
    }
  });
  c.on('disconnect', () => {
    console.log('disconnect, connected', c.connected);
    c.send('late', (err) => console.log('late send cb', err.code, err.message));
    c.on('error', (err) => console.log('error event', err.code));
    c.send('late2');
    c.disconnect();
  });
  c.on('exit', (code, signal) => console.log('exit', code, signal));
  c.on('close', (code) => console.log('close', code));
}
