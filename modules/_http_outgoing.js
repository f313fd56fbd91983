'use strict';
// _http_outgoing: OutgoingMessage, the writable side shared by
// ServerResponse and ClientRequest: the header store, the header block,
// chunked framing, buffering until a socket is assigned, and trailers.

const Stream = require('stream');
const { Buffer } = require('buffer');
const { kOutHeaders, kNeedDrain, utcDate } = require('internal/http');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar,
  chunkExpression } = require('_http_common');
const { validateString } = require('internal/validators');
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED, ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_TRAILER_INVALID, ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_CANNOT_PIPE, ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_WRITE_AFTER_END,
    ERR_STREAM_NULL_VALUES, ERR_STREAM_DESTROYED,
  },
  hideStackFrames,
} = require('internal/errors');

const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kSocket = Symbol('kSocket');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kUniqueHeaders = Symbol('kUniqueHeaders');

const CRLF = '\r\n';
const nop = () => {};
const closeRe = /(?:^|\W)close(?:$|\W)/i;

function isUint8Array(v) { return v instanceof Uint8Array; }
function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

const validateHeaderName = hideStackFrames((name, label) => {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
});

const validateHeaderValue = hideStackFrames((name, value) => {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
});

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kChunkedBuffer] = [];
  this[kChunkedLength] = 0;
  this._closed = false;
  this[kSocket] = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this[kErrored] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? Stream.getDefaultHighWaterMark(false);
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

function getter(name, get, set) {
  Object.defineProperty(OutgoingMessage.prototype, name, {
    __proto__: null, configurable: true, enumerable: true, get, set,
  });
}

getter('errored', function() { return this[kErrored]; });
getter('closed', function() { return this._closed; });
getter('writableFinished', function() {
  return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
});
getter('writableObjectMode', () => false);
getter('writableLength', function() {
  return this.outputSize + this[kChunkedLength] + (this.socket ? this.socket.writableLength : 0);
});
getter('writableHighWaterMark', function() {
  return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
});
getter('writableCorked', function() { return this[kCorked]; });
getter('writableEnded', function() { return this.finished; });
getter('writableNeedDrain', function() { return !this.destroyed && !this.finished && this[kNeedDrain]; });
getter('connection', function() { return this[kSocket]; }, function(v) { this.socket = v; });
getter('socket', function() { return this[kSocket]; }, function(v) {
  for (let n = this[kCorked]; n > 0; n--) v?.cork();
  this[kSocket] = v;
});
getter('headersSent', function() { return !!this._header; });

// The deprecated views of the header store (DEP0066).
const { deprecate } = require('internal/util');
getter('_headers', deprecate(function() { return this.getHeaders(); },
  'OutgoingMessage.prototype._headers is deprecated', 'DEP0066'),
deprecate(function(val) {
  if (val == null) {
    this[kOutHeaders] = null;
  } else if (typeof val === 'object') {
    const headers = this[kOutHeaders] = { __proto__: null };
    for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
  }
}, 'OutgoingMessage.prototype._headers is deprecated', 'DEP0066'));
getter('_headerNames', deprecate(function() {
  const headers = this[kOutHeaders];
  if (headers === null) return null;
  const out = { __proto__: null };
  for (const key of Object.keys(headers)) out[key] = headers[key][0];
  return out;
}, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066'),
deprecate(function(val) {
  if (typeof val === 'object' && val !== null) {
    const headers = this[kOutHeaders];
    if (!headers) return;
    for (const key of Object.keys(val)) {
      const header = headers[key];
      if (header) header[0] = val[key];
    }
  }
}, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066'));

OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const headers = this[kOutHeaders];
  const out = {};
  if (headers !== null) {
    for (const key of Object.keys(headers)) out[headers[key][0]] = headers[key][1];
  }
  return out;
};

OutgoingMessage.prototype.cork = function cork() {
  this[kCorked]++;
  if (this.socket) this.socket.cork();
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this[kCorked] > 0) this[kCorked]--;
  if (this.socket) this.socket.uncork();
  if (this[kCorked] === 0) flushChunkedBuffer(this);
};

// flushChunkedBuffer writes the chunks held while corked as one chunk.
function flushChunkedBuffer(msg) {
  const buf = msg[kChunkedBuffer];
  if (buf.length === 0) return;
  const len = msg[kChunkedLength];
  msg[kChunkedBuffer] = [];
  msg[kChunkedLength] = 0;
  const callbacks = [];
  msg._send(len.toString(16), 'latin1', null);
  msg._send(CRLF, null, null);
  for (const { data, encoding, callback } of buf) {
    msg._send(data, encoding, null);
    if (callback) callbacks.push(callback);
  }
  msg._send(CRLF, null, callbacks.length ? (err) => { for (const cb of callbacks) cb(err); } : null);
}

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function socketDestroyOnConnect(socket) { socket.destroy(error); });
  }
  return this;
};

// _send writes data after the header block, which goes with the first write.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, len) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, len);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, len) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

// _storeHeader renders the header block from firstLine and headers.
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  const state = {
    connection: false, contLen: false, te: false, date: false, expect: false, trailer: false,
    upgrade: false, header: firstLine,
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const entry of headers) processHeader(this, state, entry[0], entry[1], true);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(this, state, headers[n], headers[n + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.hasOwn(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }
  let { header } = state;
  // A request that asks for an upgrade (a 101 answering it is one).
  this.upgrading = state.upgrade;

  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + CRLF;

  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this._hasBody = false;
  }

  if (this._removedConnection) {
    // No Connection header, but HTTP/1.1 persists by default.
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    const keepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (keepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (keepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        const max = ~~this._maxRequestsPerSocket > 0 ? `, max=${this._maxRequestsPerSocket}` : '';
        header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}\r\n`;
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }

  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + CRLF;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      // Without framing headers the body runs to the end of the connection.
      this._last = true;
    }
  }

  if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();

  this._header = header + CRLF;
  this._headerSent = false;
  // A request expecting 100-continue sends its headers at once.
  if (state.expect) this._send('');
};

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function isCookieField(s) { return s.length === 6 && s.toLowerCase() === 'cookie'; }

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + CRLF;
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (closeRe.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (chunkExpression.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
    case 'upgrade':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const [key, value] of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  if (headers[field] === undefined) {
    headers[field] = [name, value];
    return this;
  }
  const cur = headers[field][1];
  const existing = Array.isArray(cur) ? cur : [cur];
  headers[field][1] = existing.concat(value);
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const out = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) out[key] = headers[key][1];
  }
  return out;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  let len;
  if (msg.strictContentLength) {
    len = byteLength(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength :
          msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }

  if (!msg._header) {
    if (fromEnd) {
      if (len === undefined) len = byteLength(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }

  // Writes in one tick go out together (the socket is corked until the
  // next); a large chunk after the header, sent whole, gains nothing by it.
  if (!fromEnd && msg.socket && !msg.socket.writableCorked &&
      (msg.chunkedEncoding || !msg._headerSent || chunk.length < kDirectWriteMin)) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }

  if (msg.chunkedEncoding && chunk.length !== 0) {
    if (len === undefined) len = byteLength(chunk, encoding);
    if (msg[kCorked] && msg._headerSent) {
      msg[kChunkedBuffer].push({ data: chunk, encoding, callback });
      msg[kChunkedLength] += len;
      return msg[kChunkedLength] < msg[kHighWaterMark];
    }
    msg._send(len.toString(16), 'latin1', null);
    msg._send(CRLF, null, null);
    msg._send(chunk, encoding, null, len);
    return msg._send(CRLF, null, callback);
  }
  return msg._send(chunk, encoding, callback, len);
}

function connectionCorkNT(conn) { conn.uncork(); }
const kDirectWriteMin = 16 << 10;

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0; i < keys.length; i++) {
    let field, value;
    if (isArray) {
      field = headers[keys[i]][0];
      value = headers[keys[i]][1];
    } else {
      field = keys[i];
      value = headers[field];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (const v of value) {
        if (checkInvalidHeaderChar(v)) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + v + CRLF;
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + CRLF;
    }
  }
};

const kWriteDirect = Symbol.for('wqnode.net.writeDirect');

// endDirect is end(chunk) for a message whose header is not rendered yet,
// on the socket it owns, with nothing buffered: the header and the body go
// to the socket's handle in one host call (net's writeDirect) instead of a
// cork, two writes and an uncork. The events are end()'s, in its order:
// 'prefinish' now, 'finish' after the write's callback. It returns false
// where end() takes its usual way (the header may be rendered by then).
function endDirect(msg, chunk, encoding, callback) {
  const socket = msg.socket;
  if (msg._header || !socket || socket._httpMessage !== msg || msg[kCorked] !== 0 ||
      msg.strictContentLength || msg.outputData.length !== 0 || msg.destroyed ||
      msg[kChunkedBuffer].length !== 0 || typeof socket[kWriteDirect] !== 'function') {
    return false;
  }
  if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  const len = byteLength(chunk, encoding);
  msg._contentLength = len;
  msg._implicitHeader();
  if (!msg._hasBody || msg.chunkedEncoding || msg._header === null) return false;
  if (!socket[kWriteDirect](msg._header, chunk, encoding, len, () => onFinish(msg))) return false;
  msg._headerSent = true;
  if (typeof callback === 'function') msg.once('finish', callback);
  msg.finished = true;
  msg._finish();
  return true;
}

function onFinish(msg) {
  if (msg && msg.socket && msg.socket._hadError) return;
  msg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (endDirect(this, chunk, encoding, callback)) return this;
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }

  if (typeof callback === 'function') this.once('finish', callback);

  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }

  this[kCorked] = 0;
  flushChunkedBuffer(this);

  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + CRLF, 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }

  if (this.socket) {
    while (this.socket.writableCorked) this.socket.uncork();
  }

  this.finished = true;

  // With everything handed to the socket, the message is done; otherwise
  // _flush finishes it once a socket takes the buffered output.
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
    this._finish();
  }
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// _flush hands what was buffered before the socket came to the socket.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  const data = this.outputData;
  if (data.length <= 0) return undefined;
  if (data.length === 1 && socket[kWriteDirect]) {
    // One chunk (a request's header, as a rule): straight to the handle.
    const { data: d, encoding, callback } = data[0];
    const enc = typeof d === 'string' ? (encoding || 'utf8') : encoding;
    if (typeof d !== 'string' || enc === 'latin1' || enc === 'utf8') {
      const len = byteLength(d, enc);
      if (socket[kWriteDirect]('', d, enc, len, callback || nop)) {
        this.outputData = [];
        this._onPendingData(-this.outputSize);
        this.outputSize = 0;
        return len < socket.writableHighWaterMark;
      }
    }
  }
  socket.cork();
  let ret;
  for (let i = 0; i < data.length; i++) {
    const { data: d, encoding, callback } = data[i];
    data[i].data = null;
    ret = socket.write(d, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

OutgoingMessage.prototype[require('events').captureRejectionSymbol] = function(err, event) {
  this.destroy(err);
};

module.exports = {
  kHighWaterMark,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};

// parseUniqueHeadersOption: the uniqueHeaders option as a set of lower-case names.
function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (const h of headers) unique.add(`${h}`.toLowerCase());
  return unique;
}
