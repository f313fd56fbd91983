'use strict';
// ws: a WebSocket echo server on an http server and a client, without and
// with permessage-deflate: text, binary, a large message, ping/pong, the
// upgrade request's headers, and a clean close with a code and reason.
const http = require('http');
const { WebSocketServer, WebSocket } = require('ws');

function run(deflate) {
  return new Promise((resolve) => {
    // Both ends closed, in whichever order: the two are separate events.
    const ends = {};
    const done = (who, line) => {
      ends[who] = line;
      if (ends.server && ends.client) { console.log(ends.server); console.log(ends.client); resolve(); }
    };
    const server = http.createServer((req, res) => res.end('plain http'));
    const wss = new WebSocketServer({ server, perMessageDeflate: deflate });
    wss.on('connection', (sock, req) => {
      console.log('server: connection', req.url, req.headers['x-client'], req.headers.upgrade);
      sock.on('message', (data, isBinary) => {
        sock.send(isBinary ? data : 'echo: ' + data.toString(), { binary: isBinary });
      });
      sock.on('ping', (d) => console.log('server: ping', d.toString()));
      sock.on('close', (code, reason) => {
        const line = `server: close ${code} ${reason}`;
        wss.close();
        server.close(() => done('server', line));
      });
    });

    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const ws = new WebSocket(`ws://127.0.0.1:${port}/chat?room=1`,
        { headers: { 'x-client': 'accept' }, perMessageDeflate: deflate });
      const big = Buffer.alloc(200000, 7);
      let n = 0;
      ws.on('open', () => {
        console.log('client: open', JSON.stringify(ws.extensions), ws.readyState);
        ws.send('hello');
      });
      ws.on('message', (data, isBinary) => {
        n++;
        if (isBinary) console.log('client: binary', data.length, data[0], data[data.length - 1]);
        else console.log('client: text', data.toString());
        // One step at a time, so that the order of the two ends' logs is fixed.
        if (n === 1) ws.send(Buffer.from([1, 2, 3, 255]));
        if (n === 2) ws.send(big);
        if (n === 3) ws.ping('are you there');
      });
      ws.on('pong', (d) => {
        console.log('client: pong', d.toString());
        ws.close(4000, 'done');
      });
      ws.on('close', (code, reason) => {
        done('client', `client: close ${code} ${reason}`);
      });
      ws.on('error', (e) => console.log('client: error', e.message));
    });
  });
}

run(false).then(() => run(true));
