'use strict';

// fs.ReadStream and fs.WriteStream on top of stream.Readable/Writable.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { errorOrDestroy } = require('internal/streams/destroy');
const { validateInteger, validateFunction, validateBoolean } = require('internal/validators');
const { getOptions, getValidatedPath, getValidatedFd, toPathIfFileURL } = require('internal/fs/utils');
const { deprecate } = require('internal/util');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let lazyFs;
function fsModule() {
  if (lazyFs === undefined) lazyFs = require('fs');
  return lazyFs;
}

const promisesModule = () => require('internal/fs/promises');
function isFileHandle(v) {
  return v instanceof promisesModule().FileHandle;
}

// FileHandle-backed operations shaped like fs's callback API.
function handleFs(fh) {
  const cb = (p, done) => p.then((r) => done(null, ...(r === undefined ? [] : [r])), done);
  return {
    open() {},
    read(fd, buf, off, len, pos, done) {
      cb(fh.read(buf, off, len, pos).then((r) => r.bytesRead), done);
    },
    write(fd, buf, off, len, pos, done) {
      cb(fh.write(buf, off, len, pos).then((r) => r.bytesWritten), done);
    },
    writev(fd, bufs, pos, done) {
      cb(fh.writev(bufs, pos).then((r) => r.bytesWritten), done);
    },
    close(fd, done) {
      fh[promisesModule().kUnref]();
      cb(fh.close(), done);
    },
    fsync(fd, done) {
      cb(fh.sync(), done);
    },
  };
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fsModule();
    return getValidatedFd(options.fd);
  }
  if (typeof options.fd === 'object' && options.fd !== null && isFileHandle(options.fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const fh = options.fd;
    stream[kHandle] = fh;
    stream[kFs] = handleFs(fh);
    // the stream holds the handle open: a close() of the handle meanwhile
    // waits for the stream to be done with it
    fh[promisesModule().kRef]();
    fh.on('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
    return fh.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// copyObject copies enumerable properties, inherited ones included, as
// Node's (options may come through a prototype).
function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

function validateStartEnd(options, defaultEnd) {
  const { start } = options;
  let { end } = options;
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end === undefined) {
    end = defaultEnd;
  } else if (end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (start !== undefined && start > end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
    }
  }
  return end;
}

function openStream(stream, cb) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) return cb(err);
  // As Node: fs.close sees stream.fd, which is cleared right after.
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function destroyImpl(err, cb) {
  const done = (er) => {
    if (this.autoClose !== false || this[kHandle]) {
      closeStream(this, er, cb);
    } else {
      cb(er);
    }
  };
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (er) => done(err || er));
  } else {
    done(err);
  }
}

// What ReadStream and WriteStream share: the prototype chain, autoClose
// (the stream state's autoDestroy), pending, and opening the file on
// construction unless an fd was given.
function defineFileStream(Ctor, Base, stateKey) {
  Object.setPrototypeOf(Ctor.prototype, Base.prototype);
  Object.setPrototypeOf(Ctor, Base);
  Object.defineProperty(Ctor.prototype, 'autoClose', {
    __proto__: null,
    get() { return this[stateKey].autoDestroy; },
    set(v) { this[stateKey].autoDestroy = v; },
  });
  Object.defineProperty(Ctor.prototype, 'pending', {
    __proto__: null, configurable: true,
    get() { return this.fd === null; },
  });
  // open() is Node's deprecated no-op; a subclass or a program that
  // replaces it opens the stream itself and says so with 'open'.
  const name = Ctor === ReadStream ? 'ReadStream' : 'WriteStream';
  const defaultOpen = deprecate(function open() {}, `${name}.prototype.open() is deprecated`, 'DEP0135');
  Ctor.prototype.open = defaultOpen;
  Ctor.prototype._construct = function(cb) {
    if (typeof this.fd === 'number') return cb();
    if (this.open === defaultOpen) return openStream(this, cb);
    const emit = this.emit;
    this.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = emit;
        cb();
        return Reflect.apply(emit, this, args);
      }
      if (args[0] === 'error') {
        this.emit = emit;
        return cb(args[1]);
      }
      return Reflect.apply(emit, this, args);
    };
    this.open();
  };
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this[kFs] = options.fs || fsModule();
  this[kIsPerformingIO] = false;
  this[kHandle] = null;
  if (options.fd == null) {
    this.fd = null;
    this.path = toPathIfFileURL(path);
    getValidatedPath(this.path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    if (options.fs) {
      validateFunction(this[kFs].open, 'options.fs.open');
    }
  } else {
    this.fd = importFd(this, options);
    this.path = undefined;
    this.flags = undefined;
    this.mode = undefined;
  }
  validateFunction(this[kFs].read, 'options.fs.read');

  this.start = options.start;
  this.end = validateStartEnd(options, Infinity);
  this.pos = this.start;
  this.bytesRead = 0;

  Readable.call(this, options);
}
defineFileStream(ReadStream, Readable, '_readableState');

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      // destroyed only when autoDestroy is on (autoClose: false keeps it)
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead !== buf.length ? buf.subarray(0, bytesRead) : buf);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyImpl;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;

  this[kFs] = options.fs || fsModule();
  this[kIsPerformingIO] = false;
  this[kHandle] = null;
  if (options.fd == null) {
    this.fd = null;
    this.path = toPathIfFileURL(path);
    getValidatedPath(this.path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
    this.path = undefined;
    this.flags = undefined;
    this.mode = undefined;
  }
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  Writable.call(this, options);

  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
defineFileStream(WriteStream, Writable, '_writableState');

// writeAll writes all of buf from offset, as Node's WriteStream does: a
// short write goes on with the rest, EAGAIN counts as nothing written,
// and more than five writes in a row that write nothing fail.
function writeAll(stream, buf, offset, pos, retries, cb) {
  const size = buf.length - offset;
  stream[kFs].write(stream.fd, buf, offset, size, pos ?? null, (er, bytes) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytes = 0;
    }
    if (stream.destroyed || er) {
      const { codes: { ERR_STREAM_DESTROYED } } = require('internal/errors');
      return cb(er || new ERR_STREAM_DESTROYED('write'));
    }
    stream.bytesWritten += bytes;
    retries = bytes ? 0 : retries + 1;
    if (retries > 5) return cb(new Error('writeAll failed'));
    if (bytes < size) {
      return writeAll(stream, buf, offset + bytes, pos == null ? pos : pos + bytes, retries, cb);
    }
    cb();
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  const buf = typeof data === 'string' ? Buffer.from(data, encoding) : data;
  writeAll(this, buf, 0, this.pos, 0, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += buf.length;
};

WriteStream.prototype._writev = function(chunks, cb) {
  const bufs = chunks.map(({ chunk, encoding }) =>
    (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
  const total = Buffer.concat(bufs);
  this._write(total, 'buffer', cb);
};

WriteStream.prototype._final = function(cb) {
  if (!this.flush) return cb();
  this[kFs].fsync(this.fd, (err) => cb(err));
};

WriteStream.prototype._destroy = destroyImpl;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;


module.exports = { ReadStream, WriteStream };
