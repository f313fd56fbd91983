'use strict';
// Write errors of the standard streams, reported on the other stream.
// argv: which (stdout|stderr) mode (cb|uncaught|console|loop)
const [which, mode] = process.argv.slice(2);
const stream = process[which];
const other = which === 'stdout' ? process.stderr : process.stdout;
const say = (s) => other.write(s + '\n');
process.on('exit', (c) => say('exit ' + c));
switch (mode) {
  case 'cb':
    stream.on('error', (e) => say(`error event ${e.code} ${e.message} ${e.syscall} ${e.errno}`));
    say('returned ' + stream.write('hello\n', (err) => say('cb ' + (err && err.code))));
    break;
  case 'uncaught':
    stream.write('hello\n');
    setTimeout(() => say('still alive'), 10);
    break;
  case 'console':
    (which === 'stdout' ? console.log : console.error)('swallowed');
    break;
  case 'loop': {
    // Writes to a pipe whose reader is gone: EPIPE.
    stream.on('error', (e) => { say(`error ${e.code} ${e.syscall}`); process.exit(3); });
    const chunk = 'x'.repeat(65536);
    const go = () => stream.write(chunk, () => setTimeout(go, 1));
    go();
    break;
  }
}
