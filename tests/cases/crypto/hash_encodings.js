const crypto = require('node:crypto');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf16le', 'ucs2', 'ascii', 'utf8', 'buffer', undefined]) {
  const d = crypto.createHash('sha256').update('encode me').digest(enc);
  console.log(enc, typeof d, Buffer.isBuffer(d), JSON.stringify(Buffer.isBuffer(d) ? d.toString('hex') : d));
}
const d = crypto.createHash('sha1').update('x').digest('bogus');
console.log('bogus', Buffer.isBuffer(d), d.length);
