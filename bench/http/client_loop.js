'use strict';
// http.request in a loop through a keep-alive agent against the bench's Go
// server (argv[2] its URL): BENCH_REQUESTS requests, BENCH_INFLIGHT at a
// time; prints the loop's milliseconds.
const http = require('http');
const url = new URL(process.argv[2]);
const total = Number(process.env.BENCH_REQUESTS) || 20000;
const inflight = Number(process.env.BENCH_INFLIGHT) || 10;
const agent = new http.Agent({ keepAlive: true, maxSockets: inflight });
let started = 0, done = 0;
const t0 = performance.now();
function one() {
  if (started === total) return;
  started++;
  http.get({ host: url.hostname, port: url.port, path: '/', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      if (++done === total) {
        console.log(Math.round(performance.now() - t0));
        agent.destroy();
      } else one();
    });
  }).on('error', (e) => { console.error(e); process.exit(1); });
}
for (let i = 0; i < inflight; i++) one();
