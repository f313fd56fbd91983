const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
const ev = [];
for (const e of ['pause', 'resume', 'close', 'line']) rl.on(e, (x) => ev.push(x === undefined ? e : e + ':' + x));
console.log(rl.pause() === rl, rl.paused, input.isPaused());
rl.pause();
console.log(rl.resume() === rl, rl.paused);
rl.resume();
rl.pause();
input.write('a\n');
setTimeout(() => {
  console.log('while paused', ev);
  rl.resume();
  setTimeout(() => {
    rl.close();
    rl.close();
    console.log(ev, rl.closed, rl.paused);
  }, 10);
}, 10);
