const crypto = require('node:crypto');
const { pipeline, Readable, Writable } = require('node:stream');
const key = Buffer.alloc(32, 4), iv = Buffer.alloc(16, 5);
const chunks = [];
pipeline(
  Readable.from(['stream ', 'of ', 'plaintext ', 'chunks']),
  crypto.createCipheriv('aes-256-cbc', key, iv),
  new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }),
  (err) => {
    const ct = Buffer.concat(chunks);
    console.log('enc', err, ct.toString('hex'));
    const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
    let out = '';
    d.setEncoding('utf8');
    d.on('data', (s) => { out += s; });
    d.on('end', () => console.log('dec', JSON.stringify(out)));
    d.end(ct);
  });
const bad = crypto.createDecipheriv('aes-256-cbc', key, iv);
bad.on('error', (e) => console.log('stream error', e.code, e.message));
bad.on('data', () => {});
bad.end(Buffer.alloc(16));
