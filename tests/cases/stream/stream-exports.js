'use strict';
// Shape of require('stream') and require('stream/promises').
const stream = require('node:stream');
const promises = require('node:stream/promises');
const util = require('node:util');

const names = ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream', 'pipeline',
  'finished', 'addAbortSignal', 'compose', 'destroy', 'isErrored', 'isDisturbed', 'isReadable',
  'getDefaultHighWaterMark', 'setDefaultHighWaterMark', '_isUint8Array', '_uint8ArrayToBuffer'];
for (const n of names) console.log(n, typeof stream[n]);
console.log('promises keys', Object.keys(promises).sort().join(','));
console.log('stream.promises === require(stream/promises)', stream.promises === promises);
console.log('promisify(pipeline) is promises.pipeline', util.promisify(stream.pipeline) === promises.pipeline);
console.log('Readable.from', typeof stream.Readable.from, 'Duplex.from', typeof stream.Duplex.from);
console.log('ReadableState', typeof stream.Readable.ReadableState, 'WritableState', typeof stream.Writable.WritableState);
console.log('names', stream.Readable.name, stream.Writable.name, stream.Duplex.name, stream.Transform.name, stream.PassThrough.name, stream.name);
console.log('proto chain', Object.getPrototypeOf(stream.Duplex.prototype) === stream.Readable.prototype,
  Object.getPrototypeOf(stream.Transform.prototype) === stream.Duplex.prototype,
  Object.getPrototypeOf(stream.Readable.prototype) === stream.Stream.prototype);
console.log('callable without new', stream.Readable() instanceof stream.Readable,
  stream.Writable() instanceof stream.Writable, stream.Duplex() instanceof stream.Duplex,
  stream.Transform() instanceof stream.Transform);
console.log('_uint8ArrayToBuffer', stream._uint8ArrayToBuffer(new Uint8Array([104, 105])).toString());
console.log('_isUint8Array', stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array([]));
const enumerable = Object.keys(stream.Writable.prototype).join(',');
console.log('Writable.prototype keys', enumerable);
console.log('Readable.prototype keys', Object.keys(stream.Readable.prototype).join(','));
