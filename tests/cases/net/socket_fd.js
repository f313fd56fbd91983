// net.Socket({ fd }) over a pipe a parent gave as the child's stdio[4]:
// the child echoes what it reads and ends, and reads its stdin pipe the
// same way; bad fds throw Node's errors.
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
  let closed = false;
  pipe.on('close', () => closed = true);
  // stdin, a pipe too, as a socket
  const stdin = new net.Socket({ fd: 0, writable: false });
  let input = '';
  stdin.setEncoding('utf8');
  stdin.on('data', (d) => input += d);
  let ended = false;
  stdin.on('end', () => ended = true);
  process.on('exit', () => console.log('child pipe closed', closed, 'stdin', ended, JSON.stringify(input)));
} else {
  for (const fd of [-1, 'foo', 2 ** 31]) {
    try {
      new net.Socket({ fd });
    } catch (e) {
      console.log(String(fd), e.name, e.code);
    }
  }
  const c = cp.spawn(process.execPath, [__filename, 'child'],
                     { stdio: ['pipe', 'pipe', 'inherit', 'ignore', 'pipe'] });
  c.stdin.end('from stdin');
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
