// net.Socket({ fd }) over a pipe a parent gave as the child's stdio[4]:
// the child echoes what it reads and ends; bad fds throw Node's errors.
const cp = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  const pipe = new net.Socket({ fd: 4 });
  console.log('child readable', pipe.readable, 'writable', pipe.writable);
  let got = '';
  pipe.setEncoding('utf8');
  pipe.on('data', (d) => {
    got += d;
    if (got === 'hello') pipe.end('echo:' + got);
  });
  pipe.on('close', () => console.log('child pipe closed'));
} else {
  for (const fd of [-1, 'foo', 2 ** 31]) {
    try {
      new net.Socket({ fd });
    } catch (e) {
      console.log(String(fd), e.name, e.code);
    }
  }
  const c = cp.spawn(process.execPath, [__filename, 'child'],
                     { stdio: ['ignore', 'pipe', 'inherit', 'ignore', 'pipe'] });
  let out = '';
  c.stdout.on('data', (d) => out += d);
  let r = '';
  c.stdio[4].setEncoding('utf8');
  c.stdio[4].on('data', (d) => r += d);
  c.stdio[4].on('end', () => console.log('parent got', r));
  c.stdio[4].write('hello');
  c.on('close', (code) => {
    process.stdout.write(out);
    console.log('exit', code);
  });
}
