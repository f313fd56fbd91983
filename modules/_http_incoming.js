'use strict';
// _http_incoming: IncomingMessage, the readable side of a request (on a
// server) or of a response (on a client). The parser pushes the body into
// it; headers are built from rawHeaders the first time they are read.

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

// IncomingMessage(socket): Readable whose chunks come from the parser.
function IncomingMessage(socket) {
  let opts;
  if (socket) opts = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, opts);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return this.socket; },
  set(v) { this.socket = v; },
});

// lazyFields defines a getter that builds an object of raw fields on first
// read, and a setter that replaces it.
function lazyFields(name, sym, raw, count, distinct) {
  Object.defineProperty(IncomingMessage.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (!this[sym]) {
        this[sym] = {};
        const src = this[raw];
        const n = this[count];
        for (let i = 0; i < n; i += 2) {
          if (distinct) addDistinct(src[i], src[i + 1], this[sym]);
          else this._addHeaderLine(src[i], src[i + 1], this[sym]);
        }
      }
      return this[sym];
    },
    set(v) { this[sym] = v; },
  });
}
lazyFields('headers', kHeaders, 'rawHeaders', kHeadersCount, false);
lazyFields('headersDistinct', kHeadersDistinct, 'rawHeaders', kHeadersCount, true);
lazyFields('trailers', kTrailers, 'rawTrailers', kTrailersCount, false);
lazyFields('trailersDistinct', kTrailersDistinct, 'rawTrailers', kTrailersCount, true);

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser fills the buffer; reading only lets the socket flow again.
  if (this.socket && this.socket.readable) readStart(this.socket);
};

// Destroying a message that did not complete aborts it and its socket.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function onError(self, error, cb) {
  // An error nobody listens for is not raised: the socket reports it.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (!headers || !headers.length) return;
  let dest;
  if (this.complete) {
    this.rawTrailers = headers;
    this[kTrailersCount] = n;
    dest = this[kTrailers];
  } else {
    this.rawHeaders = headers;
    this[kHeadersCount] = n;
    dest = this[kHeaders];
  }
  if (dest) {
    for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
  }
};

// Fields of which a second occurrence is dropped (unless joined).
const singleFields = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = typeof field === 'string' ? field.toLowerCase() : `${field}`.toLowerCase();
  if (field === 'set-cookie') {
    if (dest[field] !== undefined) dest[field].push(value);
    else dest[field] = [value];
    return;
  }
  const cur = dest[field];
  if (field === 'cookie' || this.joinDuplicateHeaders || !singleFields.has(field)) {
    // a list: joined to what is there (an inherited name is not a value)
    if (typeof cur === 'string') dest[field] = `${cur}${field === 'cookie' ? '; ' : ', '}${value}`;
    else dest[field] = value;
  } else if (cur === undefined) {
    dest[field] = value;
  }
};

function addDistinct(field, value, dest) {
  field = `${field}`.toLowerCase();
  if (dest[field] === undefined) dest[field] = [value];
  else dest[field].push(value);
}

IncomingMessage.prototype._addHeaderLineDistinct = function(field, value, dest) {
  addDistinct(field, value, dest);
};

// _dump discards the body nobody reads, so the connection can go on.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
