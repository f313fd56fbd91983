'use strict';
// Readable.from pulls lazily according to highWaterMark.
const { Readable } = require('node:stream');

let pulled = 0;
function* counter() {
  for (let i = 0; i < 10; i++) {
    pulled++;
    yield i;
  }
}
const r = Readable.from(counter(), { highWaterMark: 3 });
setImmediate(() => {
  console.log('pulled before reading', pulled, 'buffered', r.readableLength);
  console.log('read', r.read());
  setImmediate(() => {
    console.log('pulled after one read', pulled, 'buffered', r.readableLength);
    r.resume();
    r.on('end', () => {
      console.log('end, pulled', pulled);
      asyncPart();
    });
  });
});
function asyncPart() {
let apulled = 0;
async function* acounter() {
  for (let i = 0; i < 5; i++) {
    apulled++;
    yield i;
  }
}
const a = Readable.from(acounter());
setTimeout(() => {
  console.log('async pulled (hwm 1)', apulled, a.readableLength);
  a.destroy();
}, 5);
}
