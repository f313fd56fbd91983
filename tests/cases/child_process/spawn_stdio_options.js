'use strict';
const { spawn } = require('node:child_process');

function wait(c) {
  return new Promise((resolve) => c.on('close', (code, signal) => resolve([code, signal])));
}

(async () => {
  let c = spawn('echo', ['ignored'], { stdio: 'ignore' });
  console.log('ignore', c.stdin, c.stdout, c.stderr, c.stdio);
  console.log('ignore close', await wait(c));

  console.log('before inherit');
  c = spawn('echo', ['from inherited child'], { stdio: 'inherit' });
  const inheritStreams = [c.stdin, c.stdout, c.stderr];
  console.log('inherit close', await wait(c), inheritStreams);

  c = spawn('sh', ['-c', 'echo to-stdout; echo to-stderr >&2'], { stdio: ['pipe', 'inherit', 'ignore'] });
  const mixed = [c.stdin !== null, c.stdout, c.stderr];
  const mixedClose = await wait(c);
  console.log('mixed', mixed, mixedClose);

  c = spawn('echo', ['fd numbers'], { stdio: [0, 1, 2] });
  console.log('fds close', await wait(c));

  c = spawn('echo', ['stream object'], { stdio: ['ignore', process.stdout, 'ignore'] });
  console.log('stream close', await wait(c));

  c = spawn('sh', ['-c', 'echo short-array'], { stdio: ['ignore'] });
  let out = '';
  c.stdout.on('data', (d) => { out += d; });
  console.log('short array', c.stdio.length, c.stdin, c.stdout !== null, c.stderr !== null);
  console.log('short array close', await wait(c), JSON.stringify(out));

  c = spawn('sh', ['-c', 'echo three >&3; echo four >&4'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const extra = ['', ''];
  c.stdio[3].on('data', (d) => { extra[0] += d; });
  c.stdio[4].on('data', (d) => { extra[1] += d; });
  console.log('extra', c.stdio.length, c.stdio[3].readable);
  console.log('extra close', await wait(c), JSON.stringify(extra));

  for (const bad of ['bogus', 42, { foo: 1 }, ['pipe', 'wat']]) {
    try {
      spawn('echo', [], { stdio: bad });
    } catch (e) {
      console.log('bad stdio', e.name, e.code, e.message);
    }
  }
})();
