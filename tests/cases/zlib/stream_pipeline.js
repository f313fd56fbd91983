const zlib = require('node:zlib');
const { pipeline, Readable, Writable, PassThrough } = require('node:stream');
const { pipeline: pipelineP } = require('node:stream/promises');
function* gen() {
  for (let i = 0; i < 50; i++) yield Buffer.from(`line ${i} ${'x'.repeat(i)}\n`);
}
const chunks = [];
pipeline(
  Readable.from(gen()),
  zlib.createDeflate({ level: 9 }),
  zlib.createInflate(),
  new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }),
  (err) => {
    const s = Buffer.concat(chunks).toString();
    console.log('pipeline done', err, s.split('\n').length, s.endsWith('x'.repeat(49) + '\n'));
    next();
  },
);
async function next() {
  const collected = [];
  const sink = new PassThrough();
  sink.on('data', (c) => collected.push(c));
  await pipelineP(Readable.from(gen()), zlib.createDeflateRaw(), zlib.createInflateRaw(), sink);
  console.log('promises pipeline', Buffer.concat(collected).length);
  try {
    await pipelineP(Readable.from([Buffer.from('definitely not gzip')]), zlib.createGunzip(), new PassThrough());
  } catch (e) {
    console.log('pipeline error', e.code, e.errno, e.message);
  }
  // async iteration of a zlib stream
  const unz = zlib.createUnzip();
  unz.end(zlib.gzipSync('iterate me'));
  let s = '';
  for await (const c of unz) s += c;
  console.log('iterated', s);
}
