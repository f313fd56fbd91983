'use strict';
// pipeline(): success path, return value, callback args.
const { pipeline, Readable, Transform, Writable } = require('node:stream');

const out = [];
const src = Readable.from(['a', 'b', 'c']);
const upper = new Transform({
  objectMode: true,
  transform(c, e, cb) { cb(null, String(c).toUpperCase()); },
});
const sink = new Writable({
  objectMode: true,
  write(c, e, cb) { out.push(c); cb(); },
});
const ret = pipeline(src, upper, sink, function(err, val) {
  console.log('callback err', err, 'args', arguments.length, 'val', val);
  console.log('out', out.join(''));
  console.log('destroyed', src.destroyed, upper.destroyed, sink.destroyed);
});
console.log('returns last stream', ret === sink);
try {
  pipeline(src);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  pipeline(src, sink);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  pipeline([src], () => {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
