const zlib = require('node:zlib');
const dict = Buffer.from('dictionary hello world');
// produced by node: deflateSync('hello dictionary world', { dictionary })
const fromNode = Buffer.from('eLtk1AizgzBTEHJgUQBjDAiz', 'base64');
const rawFromNode = Buffer.from('gzBTEHJgUQA=', 'base64');
console.log(zlib.inflateSync(fromNode, { dictionary: dict }).toString());
console.log(zlib.inflateRawSync(rawFromNode, { dictionary: dict }).toString());
for (const [label, fn] of [
  ['missing', () => zlib.inflateSync(fromNode)],
  ['wrong', () => zlib.inflateSync(fromNode, { dictionary: Buffer.from('other') })],
]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.code, e.errno, e.message);
  }
}
const mine = zlib.deflateSync('hello dictionary world', { dictionary: dict });
console.log(mine.subarray(0, 6).toString('hex'));
console.log(zlib.inflateSync(mine, { dictionary: dict }).toString());
const mineRaw = zlib.deflateRawSync('hello dictionary world', { dictionary: dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) });
console.log(zlib.inflateRawSync(mineRaw, { dictionary: new Uint8Array(dict) }).toString());
const s = zlib.createInflate({ dictionary: dict });
s.on('data', (c) => console.log('stream', c.toString()));
s.end(fromNode);
