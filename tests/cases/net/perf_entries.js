// perf_hooks entries from net (a TCP connect) and dns (lookup, lookupService):
// reported to observers only, with Node's names and detail fields.
const net = require('net');
const dns = require('dns');
const { PerformanceObserver, performance } = require('perf_hooks');

const seen = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    seen.push(`${e.entryType} ${e.name} ${typeof e.startTime} ${typeof e.duration} ` +
      `${Object.keys(e.detail).join(',')}`);
  }
});
obs.observe({ entryTypes: ['net', 'dns'] });
console.log(PerformanceObserver.supportedEntryTypes.join(','));

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.resume();
  c.on('end', () => {
    server.close();
    dns.lookup('localhost', { all: true }, () => {
      dns.lookupService('127.0.0.1', 22, () => {
        setImmediate(() => {
          obs.disconnect();
          console.log(seen.sort().join('\n'));
          console.log('timeline', performance.getEntries().length);
        });
      });
    });
  });
});
