'use strict';
// A kept-alive response ends in Node's order: the user's 'end' listeners
// run after the request was marked destroyed and the response detached
// from the socket; the request's 'close' and then the socket's 'free'
// follow on the next tick, so the socket is not yet in the free pool when
// 'close' fires.
const http = require('http');
const server = http.createServer((req, res) => res.end('x'));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const order = [];
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      order.push('res end: socket ' + (res.socket === null ? 'null' : 'set') + ', req.destroyed ' + req.destroyed);
      process.nextTick(() => order.push('tick after end'));
    });
    res.on('close', () => order.push('res close'));
    req.socket.once('free', () => order.push('socket free'));
  });
  req.on('close', () => order.push('req close, free sockets ' + Object.keys(agent.freeSockets).length));
  req.on('finish', () => order.push('req finish'));
  setTimeout(() => {
    console.log(order.join('\n'));
    console.log('free now', Object.keys(agent.freeSockets).length);
    agent.destroy();
    server.close();
  }, 100);
});
