const zlib = require('node:zlib');
const { promisify } = require('node:util');
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
const deflate = promisify(zlib.deflate);
const inflate = promisify(zlib.inflate);
(async () => {
  const data = Buffer.from('promisified '.repeat(100));
  const gz = await gzip(data);
  console.log('gzip', Buffer.isBuffer(gz), gz.length < data.length);
  const back = await gunzip(gz);
  console.log('gunzip', back.equals(data));
  const df = await deflate(data, { level: 9 });
  console.log('inflate', (await inflate(df)).equals(data));
  try {
    await gunzip(Buffer.from('bogus data'));
  } catch (e) {
    console.log('rejected', e.code, e.errno, e.message);
  }
  try {
    await inflate(df, { maxOutputLength: 100 });
  } catch (e) {
    console.log('rejected', e.name, e.code, e.message);
  }
  const results = await Promise.all([1, 2, 3].map((n) => gzip('p' + n).then(gunzip)));
  console.log(results.map(String));
})();
