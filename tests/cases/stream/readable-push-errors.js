'use strict';
// Invalid chunks, push after EOF, unshift after end.
const { Readable } = require('node:stream');

const log = [];
const done = () => console.log(log.join('\n'));

const r1 = new Readable({ read() {} });
r1.on('error', (e) => log.push(`r1 error ${e.name} ${e.code} ${e.message}`));
r1.on('close', () => {
  log.push('r1 close');
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => log.push(`r2 error ${e.code} ${e.message}`));
  r2.on('close', () => {
    log.push('r2 close');
    const r3 = new Readable({ read() {} });
    r3.on('error', (e) => log.push(`r3 error ${e.code} ${e.message}`));
    r3.on('end', () => {
      log.push('r3 end');
      r3.unshift('late');
    });
    r3.on('close', () => { log.push('r3 close'); done(); });
    r3.resume();
    r3.push(null);
  });
  r2.push(null);
  log.push(`push after eof -> ${r2.push('x')}`);
});
log.push(`push(42) -> ${r1.push(42)}`);
