'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION },
} = require('internal/errors');
const { kType, checkThis, customInspect, makeEnumerable } = require('internal/webstreams/util');

const kHWM = Symbol('kHighWaterMark');

function validateInit(init) {
  if (init === null || typeof init !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

const byteSize = function size(chunk) { return chunk?.byteLength; };
const countSize = function size() { return 1; };

class ByteLengthQueuingStrategy {
  constructor(init) {
    const hwm = validateInit(init);
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kHWM] = hwm;
  }

  get highWaterMark() {
    checkThis(this, 'ByteLengthQueuingStrategy');
    return this[kHWM];
  }

  get size() {
    checkThis(this, 'ByteLengthQueuingStrategy');
    return byteSize;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'ByteLengthQueuingStrategy', { highWaterMark: this[kHWM] }, depth, options);
  }
}

class CountQueuingStrategy {
  constructor(init) {
    const hwm = validateInit(init);
    this[kType] = 'CountQueuingStrategy';
    this[kHWM] = hwm;
  }

  get highWaterMark() {
    checkThis(this, 'CountQueuingStrategy');
    return this[kHWM];
  }

  get size() {
    checkThis(this, 'CountQueuingStrategy');
    return countSize;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'CountQueuingStrategy', { highWaterMark: this[kHWM] }, depth, options);
  }
}

makeEnumerable(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);
makeEnumerable(CountQueuingStrategy, ['highWaterMark', 'size']);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
