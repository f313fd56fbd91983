// Callback results arrive asynchronously and in order for a given stream.
const zlib = require('node:zlib');
const log = [];
zlib.gzip('a', () => log.push('gzip a'));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('micro'));
log.push('sync');
setTimeout(() => {
  console.log(log.slice(0, 3).join(','), log.includes('gzip a'));
}, 100);
const s = zlib.createDeflate();
const seen = [];
for (let k = 0; k < 5; k++) s.write('chunk' + k, () => seen.push(k));
s.end(() => console.log('write callbacks', seen.join(',')));
s.resume();
