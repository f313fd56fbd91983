'use strict';
// pause()/resume(), isPaused, readableFlowing transitions.
const { Readable } = require('node:stream');

const log = [];
const r = new Readable({ read() {} });
const st = (tag) => log.push(`${tag}: flowing=${r.readableFlowing} isPaused=${r.isPaused()}`);
st('initial');
r.pause();
st('after pause');
r.on('data', (d) => log.push(`data ${d}`));
st('data listener while paused');
r.push('a');
r.push('b');
setImmediate(() => {
  st('still paused');
  r.resume();
  st('after resume');
  r.on('resume', () => log.push('resume event'));
  setImmediate(() => {
    r.pause();
    r.push('c');
    st('paused again');
    r.readableFlowing = true;
    st('set flowing true');
    r.resume();
    setImmediate(() => {
      r.removeAllListeners('data');
      r.push('d');
      st('no data listeners');
      console.log(log.join('\n'));
      console.log('remaining', r.readableLength);
    });
  });
});
