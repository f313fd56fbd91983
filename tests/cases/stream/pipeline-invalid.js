'use strict';
// pipeline() argument validation.
const { pipeline, PassThrough } = require('node:stream');

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
tryIt('no callback', () => pipeline(new PassThrough(), new PassThrough()));
tryIt('bad source fn', () => pipeline(() => 42, new PassThrough(), () => {}));
tryIt('bad transform', () => pipeline([1], () => 5, new PassThrough(), () => {}));
tryIt('bad destination', () => pipeline([1], () => 5, () => {}));
tryIt('one stream', () => pipeline(new PassThrough(), () => {}));
tryIt('bad middle', () => pipeline([1], 42, new PassThrough(), () => {}));
