const zlib = require('node:zlib');
const src = Buffer.from('input types: hello hello hello');
const inputs = {
  string: 'input types: hello hello hello',
  buffer: src,
  uint8: new Uint8Array(src),
  uint16: new Uint16Array(src.buffer.slice(src.byteOffset, src.byteOffset + 30)),
  dataview: new DataView(src.buffer.slice(src.byteOffset, src.byteOffset + src.length)),
  arraybuffer: src.buffer.slice(src.byteOffset, src.byteOffset + src.length),
  sliced: Buffer.from('xx' + src.toString() + 'yy').subarray(2, 2 + src.length),
};
for (const [name, input] of Object.entries(inputs)) {
  const d = zlib.inflateSync(zlib.deflateSync(input));
  const g = zlib.gunzipSync(zlib.gzipSync(input));
  console.log(name, d.toString(), g.equals(d));
}
// compressed input given as other types
const comp = zlib.deflateSync('typed compressed');
console.log(zlib.inflateSync(new Uint8Array(comp)).toString());
console.log(zlib.inflateSync(comp.buffer.slice(comp.byteOffset, comp.byteOffset + comp.length)).toString());
console.log(zlib.inflateSync(new DataView(comp.buffer, comp.byteOffset, comp.length)).toString());
for (const bad of [123, null, undefined, {}, [1, 2], true]) {
  try {
    zlib.deflateSync(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    zlib.gunzipSync(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
