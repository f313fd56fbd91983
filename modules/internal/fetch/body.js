'use strict';

// The Fetch standard's body: what a Request or Response carries (a
// ReadableStream, the source it was made from, its length when known),
// extracting one from a BodyInit, and the mixin's readers (text, json,
// arrayBuffer, blob, bytes, formData).

const {
  ReadableStream, isReadableStream, isReadableStreamLocked, isReadableStreamDisturbed,
  readableStreamTee,
} = require('internal/webstreams/readablestream');
const { isAnyArrayBuffer } = require('internal/buffer');
let DOMExceptionClass;
function lazyDOMException() {
  DOMExceptionClass ??= require('internal/abort_controller').DOMException;
  return DOMExceptionClass;
}
const { FormData, isFormData, encodeMultipart, parseMultipart, parseError } = require('internal/fetch/formdata');

let bufferModule;
function lazyBuffer() {
  bufferModule ??= require('buffer');
  return bufferModule;
}
let urlModule;
function lazyURL() {
  urlModule ??= require('internal/url');
  return urlModule;
}
let encodingModule;
function lazyEncoding() {
  encodingModule ??= require('internal/encoding');
  return encodingModule;
}

function utf8Encode(s) {
  return new (lazyEncoding().TextEncoder)().encode(s);
}

function utf8Decode(bytes) {
  return new (lazyEncoding().TextDecoder)().decode(bytes);
}

function bytesStream(bytes) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
}

// partsStream streams strings and Blobs (a multipart body) in order.
function partsStream(parts) {
  let i = 0;
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      while (i < parts.length) {
        const p = parts[i++];
        const b = typeof p === 'string' ? utf8Encode(p) : new Uint8Array(await p.arrayBuffer());
        if (b.byteLength > 0) { controller.enqueue(b); return; }
      }
      controller.close();
      controller.byobRequest?.respond(0);
    },
  });
}

function iterableStream(iterable) {
  let it;
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      it ??= iterable[Symbol.asyncIterator]();
      const { done, value } = await it.next();
      if (done) {
        queueMicrotask(() => { controller.close(); controller.byobRequest?.respond(0); });
        return;
      }
      if (typeof value === 'string') controller.enqueue(utf8Encode(value));
      else if (ArrayBuffer.isView(value)) {
        if (value.byteLength) controller.enqueue(new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)));
      } else {
        throw new TypeError('Received non-Uint8Array chunk');
      }
    },
    async cancel(reason) {
      if (it && typeof it.return === 'function') await it.return(reason);
    },
  });
}

function copyBytes(v) {
  if (isAnyArrayBuffer(v)) return new Uint8Array(v.slice(0));
  return new Uint8Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
}

// extractBody returns { body: { stream, source, length }, type }.
function extractBody(object, keepalive = false) {
  let stream = null;
  let source = null;
  let length = null;
  let type = null;
  const { Blob } = lazyBuffer();
  const { URLSearchParams } = lazyURL();
  if (typeof object === 'string') {
    source = utf8Encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = utf8Encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (isAnyArrayBuffer(object) || ArrayBuffer.isView(object)) {
    source = copyBytes(object);
  } else if (isFormData(object)) {
    const { boundary, parts } = encodeMultipart(object);
    type = `multipart/form-data; boundary=${boundary}`;
    length = 0;
    for (const p of parts) length += typeof p === 'string' ? utf8Encode(p).byteLength : p.size;
    source = object;
    stream = partsStream(parts);
  } else if (object instanceof Blob) {
    source = object;
    length = object.size;
    if (object.type) type = object.type;
    stream = object.stream();
  } else if (isReadableStream(object)) {
    if (keepalive) throw new TypeError('keepalive');
    if (isReadableStreamDisturbed(object) || isReadableStreamLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    stream = object;
  } else if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    stream = iterableStream(object);
  } else {
    source = utf8Encode(`${object}`);
    type = 'text/plain;charset=UTF-8';
  }
  if (source instanceof Uint8Array) {
    length = source.byteLength;
    stream = bytesStream(source.slice());
  }
  return { body: { stream, source, length }, type };
}

function bodyUnusable(body) {
  return body !== null && (isReadableStreamDisturbed(body.stream) || isReadableStreamLocked(body.stream));
}

function cloneBody(body) {
  const [a, b] = readableStreamTee(body.stream, true);
  body.stream = a;
  return { stream: b, source: body.source, length: body.length };
}

async function readAllBytes(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let pos = 0;
  for (const c of chunks) { out.set(c, pos); pos += c.byteLength; }
  return out;
}

let MIMEType;
function parseMIME(s) {
  if (s === null) return null;
  MIMEType ??= require('internal/mime').MIMEType;
  try {
    return new MIMEType(s);
  } catch {
    return null;
  }
}

// consumeBody reads a Request's or Response's whole body (state is the
// object's: { body, headersList }).
async function consumeBody(state, convert) {
  if (bodyUnusable(state.body)) throw new TypeError('Body is unusable: Body has already been read');
  let bytes;
  // the body of a response whose fetch was aborted
  if (state.aborted) throw new (lazyDOMException())('The operation was aborted.', 'AbortError');
  if (state.body === null) bytes = new Uint8Array(0);
  else bytes = await readAllBytes(state.body.stream);
  return convert(bytes);
}

function toArrayBuffer(bytes) {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function formDataFrom(bytes, contentType) {
  const mime = parseMIME(contentType);
  const essence = mime ? `${mime.type}/${mime.subtype}` : null;
  if (essence === 'multipart/form-data') {
    const boundary = mime.params.get('boundary');
    if (boundary === null) throw parseError();
    return parseMultipart(bytes, boundary);
  }
  if (essence === 'application/x-www-form-urlencoded') {
    const fd = new FormData();
    for (const [k, v] of new (lazyURL().URLSearchParams)(utf8Decode(bytes))) fd.append(k, v);
    return fd;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

// mixinBody defines the body getters and readers on a prototype, after
// its own getters and before the members named in `after` (moved behind
// them, for Node's property order); getState returns the object's state
// after its brand check (it throws otherwise).
function mixinBody(proto, getState, after) {
  Object.defineProperty(proto, 'body', {
    get() { const s = getState(this); return s.body === null ? null : s.body.stream; },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(proto, 'bodyUsed', {
    get() { const s = getState(this); return s.body !== null && isReadableStreamDisturbed(s.body.stream); },
    enumerable: true, configurable: true,
  });
  for (const name of after) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    delete proto[name];
    Object.defineProperty(proto, name, d);
  }
  const methods = {
    blob() {
      return consumeBody(getState(this), (bytes) => {
        const mime = parseMIME(getState(this).headersList.get('content-type'));
        return new (lazyBuffer().Blob)([bytes], { type: mime ? `${mime}` : '' });
      });
    },
    arrayBuffer() {
      return consumeBody(getState(this), toArrayBuffer);
    },
    text() {
      return consumeBody(getState(this), utf8Decode);
    },
    json() {
      return consumeBody(getState(this), (bytes) => JSON.parse(utf8Decode(bytes)));
    },
    formData() {
      return consumeBody(getState(this), (bytes) => formDataFrom(bytes, getState(this).headersList.get('content-type')));
    },
    bytes() {
      return consumeBody(getState(this), (bytes) => new Uint8Array(toArrayBuffer(bytes)));
    },
  };
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    // a method called on a wrong receiver rejects rather than throws
    Object.defineProperty(proto, name, {
      value: { [name](...args) { try { return fn.apply(this, args); } catch (e) { return Promise.reject(e); } } }[name],
      writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  extractBody,
  bodyUnusable,
  cloneBody,
  consumeBody,
  mixinBody,
  readAllBytes,
  utf8Encode,
  parseMIME,
  bytesStream,
};
