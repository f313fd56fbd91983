'use strict';
// stream.Transform: a Duplex whose output is computed from its input by
// _transform(chunk, encoding, callback); _flush runs before the readable
// side ends.

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

const kCallback = Symbol('kCallback');
// The callback handed to _transform is made once per stream (a closure per
// chunk is the costliest thing on the object-mode path); the write it
// completes and the readable length before it are kept beside it.
const kTransformCallback = Symbol('kTransformCallback');
const kWriteCallback = Symbol('kWriteCallback');
const kWriteLength = Symbol('kWriteLength');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable high water mark of 0 would stall a transform whose writable
  // side still buffers; give the writable side 0 too unless set explicitly.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Pushing from inside _transform must not defer 'readable' to _read's sync
  // handling: transforms never push from within _read.
  this._readableState.sync = false;

  this[kCallback] = null;
  this[kTransformCallback] = null;
  this[kWriteCallback] = null;
  this[kWriteLength] = 0;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // When the user overrides _final, run the flush on 'prefinish' instead.
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  this[kWriteCallback] = callback;
  this[kWriteLength] = this._readableState.length;
  let done = this[kTransformCallback];
  if (!done) done = this[kTransformCallback] = makeTransformCallback(this);
  this._transform(chunk, encoding, done);
};

function makeTransformCallback(stream) {
  return (err, val) => {
    const callback = stream[kWriteCallback];
    if (err) {
      callback(err);
      return;
    }
    const rState = stream._readableState;
    if (val != null) stream.push(val);

    if (rState.ended) {
      // push(null) happened: let the new state settle first.
      process.nextTick(callback);
    } else if (rState.length < rState.highWaterMark || stream[kWriteLength] === rState.length ||
               stream._writableState.ended) {
      callback();
    } else {
      // Readable side is full: hold the callback until _read() is called.
      stream[kCallback] = callback;
    }
  };
}

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;
