'use strict';
// stream.Duplex: one object that is both a Readable and a Writable. Its
// prototype chain is Readable's; Writable's methods are mixed in and
// `instanceof Writable` is answered by Writable[Symbol.hasInstance].

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');
const { hooks } = require('internal/streams/utils');

const { ReadableState } = Readable;
const { WritableState } = Writable;

let addAbortSignal;
let duplexify;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      if (addAbortSignal === undefined) addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
      addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, () => {
      const r = this._readableState;
      if (r.needReadable) hooks.maybeReadMore(this, r);
      const w = this._writableState;
      if (!w.writing) hooks.clearBuffer(this, w);
      hooks.finishMaybe(this, w);
    });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Mix in Writable's methods that Readable does not define.
{
  const methods = ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end'];
  for (const m of methods) {
    Duplex.prototype[m] = Writable.prototype[m];
  }
}
Duplex.prototype.destroy = Writable.prototype.destroy;

function fromWritable(key) {
  const d = Object.getOwnPropertyDescriptor(Writable.prototype, key);
  return { __proto__: null, get: d.get, set: d.set, enumerable: false, configurable: false };
}

Object.defineProperties(Duplex.prototype, {
  writable: fromWritable('writable'),
  writableHighWaterMark: fromWritable('writableHighWaterMark'),
  writableObjectMode: fromWritable('writableObjectMode'),
  writableBuffer: fromWritable('writableBuffer'),
  writableLength: fromWritable('writableLength'),
  writableFinished: fromWritable('writableFinished'),
  writableCorked: fromWritable('writableCorked'),
  writableEnded: fromWritable('writableEnded'),
  writableNeedDrain: fromWritable('writableNeedDrain'),
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    enumerable: false,
    configurable: false,
  },
});

Duplex.fromWeb = function(pair, options) {
  return require('internal/streams/web-adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return require('internal/streams/web-adapters').newReadableWritablePairFromDuplex(duplex);
};

Duplex.from = function(body) {
  if (duplexify === undefined) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

module.exports = Duplex;
