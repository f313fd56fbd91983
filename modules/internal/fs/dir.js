'use strict';

// fs.Dir: a directory stream over the binding's opendir handle.

const binding = internalBinding('fs_ops');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { getValidatedPath, getOptions, Dirent, encodeName } = require('internal/fs/utils');

const kHandle = Symbol('kDirHandle');
const kBuffered = Symbol('kDirBufferedEntries');
const kPath = Symbol('kDirPath');
const kClosed = Symbol('kDirClosed');
const kQueue = Symbol('kDirOperationQueue');
const kOptions = Symbol('kDirOptions');

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kHandle] = handle;
    this[kBuffered] = [];
    this[kPath] = path;
    this[kClosed] = false;
    this[kQueue] = null;
    this[kOptions] = { bufferSize: 32, encoding: 'utf8', ...getOptions(options) };
    validateUint32(this[kOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kPath];
  }

  #entry(name, type) {
    return new Dirent(encodeName(name, this[kOptions].encoding), type, this[kPath]);
  }

  #fill(pair) {
    const [names, types] = pair;
    for (let i = 0; i < names.length; i++) this[kBuffered].push(this.#entry(names[i], types[i]));
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, ent) => (err ? reject(err) : resolve(ent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.read(callback));
      return;
    }
    if (this[kBuffered].length > 0) {
      const ent = this[kBuffered].shift();
      process.nextTick(callback, null, ent);
      return;
    }
    this[kQueue] = [];
    binding.dirRead(this[kHandle], this[kOptions].bufferSize, (err, pair) => {
      const queue = this[kQueue];
      this[kQueue] = null;
      if (err) {
        callback(err);
      } else {
        this.#fill(pair);
        callback(null, this[kBuffered].length > 0 ? this[kBuffered].shift() : null);
      }
      for (const op of queue) op();
    });
  }

  readSync() {
    if (this[kClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kBuffered].length > 0) return this[kBuffered].shift();
    this.#fill(binding.dirRead(this[kHandle], this[kOptions].bufferSize));
    return this[kBuffered].length > 0 ? this[kBuffered].shift() : null;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    binding.dirClose(this[kHandle], (err) => callback(err || null));
  }

  closeSync() {
    if (this[kClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    binding.dirClose(this[kHandle]);
  }

  async* entries() {
    try {
      while (true) {
        const ent = await this.read();
        if (ent === null) break;
        yield ent;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    const it = this.entries();
    // A loop left early (break, return, throw) calls return(); the engine
    // does not wait for the promise return() gives before the loop's next
    // statement runs, so the directory is closed here, at once, rather
    // than in entries' finally only.
    const ret = it.return;
    it.return = (value) => {
      if (!this[kClosed] && this[kQueue] === null) this.close(() => {});
      return Reflect.apply(ret, it, [value]);
    };
    return it;
  }
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = binding.opendir(path);
  return new Dir(handle, path, options);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const d = new Dir(1, path, options); // validate options before the call
  void d;
  binding.opendir(path, (err, handle) => {
    if (err) return callback(err);
    callback(null, new Dir(handle, path, options));
  });
}

function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  return new Promise((resolve, reject) => {
    binding.opendir(path, (err, handle) => {
      if (err) return reject(err);
      resolve(new Dir(handle, path, options));
    });
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
