'use strict';

// What the fs modules share: how a binding completion becomes a Node
// callback, and the shapes of buffers and positions the binding takes.

const binding = internalBinding('fs_ops');
const asyncContext = require('internal/async_context');
const {
  validateFunction,
} = require('internal/validators');

// maybeCallback checks an fs callback and binds it to the asynchronous
// context it was given in (AsyncLocalStorage, domains).
function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return asyncContext.bind(cb);
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
