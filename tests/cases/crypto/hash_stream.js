const crypto = require('node:crypto');
const stream = require('node:stream');
const h = crypto.createHash('sha256');
console.log(h instanceof stream.Transform, h instanceof stream.Readable, typeof h.pipe);
h.on('readable', () => {
  const d = h.read();
  if (d !== null) console.log('read', Buffer.isBuffer(d), d.toString('hex'));
});
h.on('finish', () => console.log('finish'));
h.write('hello ');
h.write(Buffer.from('stream'));
h.end(' world');
const h2 = crypto.createHash('md5');
h2.setEncoding('base64');
h2.on('data', (d) => console.log('data', typeof d, d));
h2.on('end', () => console.log('end'));
h2.end('abc');
stream.Readable.from(['a', 'b', 'c']).pipe(crypto.createHash('sha1')).on('data', (d) => console.log('pipe', d.toString('hex')));
