'use strict';
// hello.js with per-phase timings (performance.now around the parser's
// callbacks, the constructors and res.end), printed to stderr at exit:
// a tool to see where a request's JS time goes (not run by the benches).
const http = require('http');
const A = Object.create(null);
const now = () => performance.now();
function acc(k, d) { A[k] = (A[k] || 0) + d; }
let nreq = 0;
class IM extends http.IncomingMessage {
  constructor(s) { const t = now(); super(s); acc('new IncomingMessage', now() - t); }
}
class SR extends http.ServerResponse {
  constructor(r, o) { const t = now(); super(r, o); acc('new ServerResponse', now() - t); }
}
function wrap(o, k, name) {
  const f = o[k];
  if (typeof f !== 'function') return;
  o[k] = function() { const t = now(); const r = f.apply(this, arguments); acc(name, now() - t); return r; };
}
const server = http.createServer({ IncomingMessage: IM, ServerResponse: SR }, (req, res) => {
  const t = now(); res.end('hello world'); acc('res.end', now() - t); nreq++;
});
server.on('connection', (s) => {
  const p = s.parser;
  wrap(p, 2, 'kOnHeadersComplete (incl. all below)');
  wrap(p, 'onIncoming', ' onIncoming (incl. SR, request)');
  wrap(p, 4, 'kOnMessageComplete');
  wrap(p, 'execute', 'parser.execute (incl. callbacks)');
  if (s._handle) { wrap(s._handle, 'onread', 'handle.onread (incl. everything)'); wrap(s._handle, 'writevStrings', '   handle.writevStrings'); }
});
const net = require('net');
const SP = http.ServerResponse.prototype, OP = Object.getPrototypeOf(SP);
wrap(SP, 'writeHead', '  writeHead');
wrap(OP, '_storeHeader', '   _storeHeader');
wrap(OP, '_finish', '  _finish');
wrap(net.Socket.prototype, Symbol.for('wqnode.net.writeDirect'), '  writeDirect');
wrap(net.Socket.prototype, 'setTimeout', 'socket.setTimeout');
wrap(SP, 'detachSocket', 'detachSocket');
wrap(http.IncomingMessage.prototype, '_dump', 'req._dump');
if (process.env.PROF_TICK) {
  const nt = process.nextTick;
  process.nextTick = function(f, ...a) {
    const name = 'tick ' + (f.name || '?');
    return nt.call(process, function() { const t = now(); const r = f.apply(this, arguments); acc(name, now() - t); return r; }, ...a);
  };
}
const c0 = process.cpuUsage();
process.on('exit', () => {
  const c = process.cpuUsage(c0);
  const out = [`requests ${nreq}, CPU ${((c.user + c.system) / nreq).toFixed(1)} us/req`];
  for (const k of Object.keys(A)) out.push(`${k}: ${(A[k] * 1000 / nreq).toFixed(1)} us/req`);
  process.stderr.write(out.join('\n') + '\n');
});
require('./_serve')(server);
