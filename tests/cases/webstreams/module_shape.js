const web = require('node:stream/web');
console.log(Object.keys(web).sort().filter((k) => k !== 'CompressionStream' && k !== 'DecompressionStream'));
console.log(typeof web.CompressionStream, typeof web.DecompressionStream);
for (const name of ['ReadableStream', 'WritableStream', 'TransformStream']) {
  console.log(name, Object.keys(web[name].prototype));
}
console.log(Object.keys(web.ReadableStreamDefaultReader.prototype), Object.keys(web.WritableStreamDefaultWriter.prototype));
for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest',
  'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
  try { new web[name](); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
console.log(Object.prototype.toString.call(new web.ReadableStream()), Object.prototype.toString.call(new web.WritableStream()));
console.log(require('node:util').inspect(new web.ReadableStream()));
console.log(require('node:util').inspect(new web.WritableStream()));
console.log(typeof web.ReadableStream.from, web.ReadableStream.prototype[Symbol.asyncIterator] === web.ReadableStream.prototype.values);
