const crypto = require('node:crypto');
const { pipeline, Readable } = require('node:stream');
const hash = crypto.createHash('sha512');
pipeline(Readable.from([Buffer.alloc(100000, 1), Buffer.alloc(5, 2)]), hash, (err) => {
  console.log('done', err);
  console.log(hash.read().toString('hex'));
});
const hm = crypto.createHmac('sha256', 'secret');
hm.on('data', (d) => console.log('hmac stream', d.toString('hex')));
hm.write('x');
hm.end('y');
