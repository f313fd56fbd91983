'use strict';
// Two workers behind one TCP port, with the scheduling policy given in the
// environment (round-robin: the primary accepts; none: shared handle);
// worker events, disconnect and exit in order.
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  console.log('isPrimary', cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.schedulingPolicy === cluster.SCHED_RR);
  cluster.setupPrimary({ args: ['worker'] });
  const events = [];
  let listening = 0;
  cluster.on('setup', (s) => events.push('setup ' + JSON.stringify(s.args)));
  cluster.on('fork', (w) => events.push('fork ' + w.id));
  cluster.on('listening', (w, addr) => {
    events.push('listening ' + w.id + ' ' + addr.addressType);
    if (++listening < 2) return;
    let left = 6;
    const replies = [];
    for (let i = 0; i < 6; i++) {
      const s = net.connect(addr.port, '127.0.0.1');
      let d = '';
      s.on('data', (x) => d += x);
      s.on('end', () => {
        replies.push(d);
        if (--left) return;
        console.log('replies', replies.length, replies.every((r) => /^worker [12]$/.test(r)));
        cluster.disconnect(() => {
          console.log('disconnected, workers left', Object.keys(cluster.workers).length);
        });
      });
    }
  });
  let exits = 0;
  cluster.on('exit', (w, code, signal) => {
    events.push(['exit', w.id, code, signal, w.exitedAfterDisconnect, w.isDead(), w.state].join(' '));
    if (++exits === 2) setTimeout(() => console.log(events.sort().join('\n')), 10);
  });
  cluster.on('message', (w, m) => events.push('message from ' + w.id + ' ' + JSON.stringify(m)));
  for (let i = 0; i < 2; i++) cluster.fork({ WQ_INDEX: String(i) });
} else {
  process.send({ id: cluster.worker.id, index: process.env.WQ_INDEX, isWorker: cluster.isWorker });
  net.createServer((s) => s.end('worker ' + cluster.worker.id)).listen(0, '127.0.0.1');
}
