'use strict';

// What the fs modules share: how a binding completion becomes a Node
// callback, and the shapes of buffers and positions the binding takes.

const binding = internalBinding('fs_ops');
const {
  validateFunction,
} = require('internal/validators');

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// done adapts a binding completion to a Node callback: cb(err) or
// cb(null[, result]).
function done(cb, map) {
  return (err, res) => {
    if (err) return cb(err);
    if (map) res = map(res);
    if (res === undefined) cb(null);
    else cb(null, res);
  };
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function toU8(v) {
  return v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function toPosition(position) {
  if (position === null || position === undefined) return -1;
  if (typeof position === 'bigint') return Number(position);
  return position;
}

module.exports = {
  maybeCallback,
  done,
  isArrayBufferView,
  toU8,
  toPosition,
};
