'use strict';

// fetch(): the Fetch standard's fetch over Node's http/https clients, as
// Node's (undici's) behaves: redirects (follow/manual/error, at most 20),
// AbortSignal, keep-alive pooling through an Agent per scheme, streaming
// request and response bodies, gzip/deflate/br decoding, data: and blob:
// URLs, and failures as `TypeError: fetch failed` with the cause.

const { Request, requestState, requestSignal } = require('internal/fetch/request');
const { makeResponse, newState, responseState, nullBodyStatus, redirectStatus } = require('internal/fetch/response');
const { HeaderList } = require('internal/fetch/headers');
const { extractBody, utf8Encode, parseMIME, bytesStream } = require('internal/fetch/body');
const { ReadableStream } = require('internal/webstreams/readablestream');

let URLClass;
function lazyURLClass() {
  URLClass ??= require('internal/url').URL;
  return URLClass;
}

const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79,
  87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179,
  389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989,
  990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667,
  6668, 6669, 6679, 6697, 10080]);

const kMaxRedirects = 20;

function networkError(cause) {
  return new TypeError('fetch failed', { cause });
}

// undici's SocketError: the socket's addresses and counts at the time
function socketError(message, socket) {
  const err = new Error(message);
  err.name = 'SocketError';
  err.code = 'UND_ERR_SOCKET';
  err.socket = socket ? {
    localAddress: socket.localAddress,
    localPort: socket.localPort,
    remoteAddress: socket.remoteAddress,
    remotePort: socket.remotePort,
    remoteFamily: socket.remoteFamily,
    timeout: socket.timeout,
    bytesWritten: socket.bytesWritten,
    bytesRead: socket.bytesRead,
  } : undefined;
  return err;
}

// undiciError renames the http client's failures as undici reports them.
function undiciError(err, socket) {
  if (err === null || typeof err !== 'object') return err;
  if (err.code === 'ECONNRESET' && (err.message === 'socket hang up' || err.message === 'aborted')) {
    return socketError('other side closed', socket);
  }
  if (typeof err.code === 'string' && err.code.startsWith('HPE_') && typeof err.message === 'string' &&
      err.message.startsWith('Parse Error: ')) {
    // undici's parser reads responses only: it expects "HTTP/" alone
    const reason = err.message.slice(13).replace('Expected HTTP/, RTSP/ or ICE/', 'Expected HTTP/');
    const e = new Error(`Response does not match the HTTP/1.1 protocol (${reason})`);
    e.name = 'HTTPParserError';
    e.code = err.code;
    return e;
  }
  return err;
}

// ---- the pool: one keep-alive Agent per scheme ----
const agents = { __proto__: null };
function agentFor(protocol) {
  if (agents[protocol] === undefined) {
    const mod = require(protocol === 'https:' ? 'https' : 'http');
    agents[protocol] = new mod.Agent({ keepAlive: true });
  }
  return agents[protocol];
}

// ---- data: URLs ----

function isASCIIWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function percentDecode(s) {
  const bytes = utf8Encode(s);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  const hex = (c) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && hex(bytes[i + 1]) !== -1 && hex(bytes[i + 2]) !== -1) {
      out[n++] = hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

function forgivingBase64(bytes) {
  let s = '';
  for (const b of bytes) if (!isASCIIWhitespace(b)) s += String.fromCharCode(b);
  if (s.length % 4 === 0) s = s.replace(/={1,2}$/, '');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) return null;
  const { Buffer } = require('buffer');
  return new Uint8Array(Buffer.from(s, 'base64'));
}

function processDataURL(url) {
  let input = url.href;
  const hash = input.indexOf('#');
  if (hash !== -1) input = input.slice(0, hash);
  input = input.slice(5);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mimeType = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let body = percentDecode(input.slice(comma + 1));
  const m = /;[\u0020]*base64$/i.exec(mimeType);
  if (m) {
    body = forgivingBase64(body);
    if (body === null) return null;
    mimeType = mimeType.slice(0, m.index);
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  const mime = parseMIME(mimeType);
  return { type: mime ? `${mime}` : 'text/plain;charset=US-ASCII', body };
}

// basicResponse: 'basic' while the URL is of the first URL's origin,
// 'cors' (headers unfiltered, as undici has it) once a redirect left it.
function basicResponse(state, status, statusText, headersList, body) {
  const s = newState();
  const list = state.urlList;
  s.type = list[list.length - 1].origin === list[0].origin ? 'basic' : 'cors';
  s.status = status;
  s.statusText = statusText;
  s.headersList = headersList;
  s.urlList = state.urlList.slice();
  s.body = body;
  return makeResponse(s, 'immutable');
}

// ---- scheme fetch ----

function schemeFetch(state, ctl) {
  const url = state.urlList[state.urlList.length - 1];
  switch (url.protocol) {
    case 'about:':
      throw new Error('about scheme is not supported');
    case 'blob:': {
      const blob = require('buffer').resolveObjectURL(url.href);
      if (state.method !== 'GET' || blob === undefined) throw new Error('invalid method');
      const headers = new HeaderList();
      headers.append('content-length', `${blob.size}`);
      headers.append('content-type', blob.type);
      return basicResponse(state, 200, 'OK', headers, { stream: blob.stream(), source: blob, length: blob.size });
    }
    case 'data:': {
      const data = processDataURL(url);
      if (data === null) throw new Error('failed to fetch the data URL');
      const headers = new HeaderList();
      headers.append('content-type', data.type);
      return basicResponse(state, 200, 'OK', headers, { stream: bytesStream(data.body), source: data.body, length: data.body.length });
    }
    case 'file:':
      throw new Error('not implemented... yet...');
    case 'http:':
    case 'https:':
      return httpFetch(state, ctl);
    default:
      throw new Error('unknown scheme');
  }
}

function isBadPort(url) {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  return badPorts.has(port);
}

const requestBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];

async function httpFetch(state, ctl) {
  let redirects = 0;
  for (;;) {
    const url = state.urlList[state.urlList.length - 1];
    if (isBadPort(url)) throw new Error('bad port');
    const willFollow = state.redirect === 'follow';
    const { res, response } = await httpNetworkFetch(state, ctl, url, willFollow);
    const location = res.headers.location;
    if (!redirectStatus.has(res.statusCode)) return response;
    if (state.redirect === 'error') {
      res.destroy();
      throw new Error('unexpected redirect');
    }
    if (state.redirect === 'manual' || location === undefined) return response;
    res.resume();
    let next;
    try {
      next = new (lazyURLClass())(Array.isArray(location) ? location[0] : location, url);
    } catch (err) {
      throw err;
    }
    if (next.hash === '' && url.hash !== '') next.hash = url.hash;
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Error('URL scheme must be a HTTP(S) scheme');
    if (++redirects > kMaxRedirects) throw new Error('redirect count exceeded');
    const status = res.statusCode;
    if (status !== 303 && state.body !== null && state.body.source === null) {
      throw new Error();
    }
    if (((status === 301 || status === 302) && state.method === 'POST') ||
        (status === 303 && state.method !== 'GET' && state.method !== 'HEAD')) {
      state.method = 'GET';
      state.body = null;
      for (const h of requestBodyHeaders) state.headersList.delete(h);
    }
    if (next.origin !== url.origin) {
      for (const h of ['authorization', 'proxy-authorization', 'cookie', 'host']) state.headersList.delete(h);
    }
    if (state.body !== null) state.body = extractBody(state.body.source).body;
    state.urlList.push(next);
  }
}

function buildHeaders(state, url) {
  const list = state.headersList;
  const out = [['host', url.host], ['connection', state.method === 'HEAD' ? 'close' : 'keep-alive']];
  const has = (n) => list.contains(n);
  for (const [lower, { name, value }] of list.map) {
    if (lower === 'host' || lower === 'connection' || lower === 'content-length') continue;
    if (lower === 'set-cookie' && list.cookies) {
      for (const c of list.cookies) out.push([name, c]);
    } else {
      out.push([name, value]);
    }
  }
  if (!has('accept')) out.push(['accept', '*/*']);
  if (!has('accept-language')) out.push(['accept-language', '*']);
  if (!has('sec-fetch-mode')) out.push(['sec-fetch-mode', state.mode]);
  if (!has('user-agent')) out.push(['user-agent', 'node']);
  if (!has('accept-encoding')) out.push(['accept-encoding', url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate']);
  const body = state.body;
  if (body !== null && body.length !== null) {
    out.push(['content-length', `${body.length}`]);
  } else if (body === null && (state.method === 'POST' || state.method === 'PUT')) {
    out.push(['content-length', '0']);
  } else if (body !== null) {
    out.push(['transfer-encoding', 'chunked']);
  }
  return out;
}

// decoders for a response's Content-Encoding, outermost last; null when
// one is unknown (the body is then passed through as it came).
function decoders(encoding) {
  const zlib = require('zlib');
  const opts = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const codings = encoding.toLowerCase().split(',').map((c) => c.trim()).filter(Boolean).reverse();
  const out = [];
  for (const c of codings) {
    if (c === 'gzip' || c === 'x-gzip') out.push(() => zlib.createGunzip(opts));
    else if (c === 'deflate') out.push(() => inflateEither(zlib, opts));
    else if (c === 'br') {
      out.push(() => zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else return null;
  }
  return out;
}

// "deflate" is meant to be zlib-wrapped, but servers send raw deflate too:
// the first byte tells which.
function inflateEither(zlib, opts) {
  const { Transform } = require('stream');
  let inner = null;
  const t = new Transform({
    transform(chunk, enc, cb) {
      if (inner === null) {
        inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
        inner.on('data', (d) => t.push(d));
        inner.on('error', (e) => t.destroy(e));
      }
      inner.write(chunk, () => cb());
    },
    flush(cb) {
      if (inner === null) { cb(); return; }
      inner.once('end', () => cb());
      inner.end();
    },
  });
  return t;
}

// webStream makes a byte ReadableStream of a Node readable (the response
// or its decoder); errors become `TypeError: terminated`.
function webStream(src, ctl, socket) {
  let controller;
  let finished = false;
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) {
      controller = c;
      src.on('data', (chunk) => {
        if (finished) return;
        if (chunk.byteLength === 0) return;
        controller.enqueue(new Uint8Array(chunk));
        if (controller.desiredSize <= 0) src.pause();
      });
      src.on('end', () => {
        if (finished) return;
        finished = true;
        ctl.done();
        controller.close();
        controller.byobRequest?.respond(0);
      });
      src.on('error', (err) => fail(err));
      src.on('close', () => { if (!finished) fail(socketError('other side closed', socket)); });
    },
    pull() {
      src.resume();
    },
    cancel() {
      finished = true;
      ctl.done();
      src.destroy();
    },
  }, { highWaterMark: 65536 });
  function fail(err) {
    if (finished) return;
    err = undiciError(err, socket);
    finished = true;
    ctl.done();
    controller.error(ctl.aborted ? ctl.reason : new TypeError('terminated', { cause: err }));
  }
  ctl.failBody = fail;
  ctl.errorBody = (reason) => {
    if (finished) return;
    finished = true;
    controller.error(reason);
    src.destroy();
  };
  return stream;
}

function writeBody(req, body, onError) {
  if (body === null) {
    req.end();
    return;
  }
  if (body.source instanceof Uint8Array) {
    const { Buffer } = require('buffer');
    req.end(Buffer.from(body.source.buffer, body.source.byteOffset, body.source.byteLength));
    return;
  }
  const reader = body.stream.getReader();
  (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (req.destroyed) return; // undici leaves the source as it is
        if (typeof value !== 'string' && !(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
        if (value.length === 0) continue;
        if (!req.write(value)) {
          await new Promise((resolve) => {
            const done = () => { req.off('drain', done); req.off('close', done); resolve(); };
            req.on('drain', done);
            req.on('close', done);
          });
        }
      }
      req.end();
    } catch (err) {
      onError(err);
      req.destroy(err);
    }
  })();
}

function httpNetworkFetch(state, ctl, url, willFollow, retried = false) {
  return new Promise((resolve, reject) => {
    const mod = require(url.protocol === 'https:' ? 'https' : 'http');
    let hostname = url.hostname;
    if (hostname.startsWith('[')) hostname = hostname.slice(1, -1);
    let req;
    try {
      req = mod.request({
        protocol: url.protocol,
        hostname,
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: state.method,
        headers: buildHeaders(state, url),
        agent: agentFor(url.protocol),
        setHost: false,
      });
    } catch (err) {
      reject(err);
      return;
    }
    ctl.req = req;
    let responded = false;
    const fail = (err) => {
      if (responded) return;
      responded = true;
      reject(err);
    };
    let retrying = false;
    req.on('error', (err) => {
      if (retrying) return;
      // a pooled socket the server closed while it sat idle: undici never
      // writes on one, so the request goes again on a new connection
      if (!responded && req.reusedSocket && err && err.code === 'ECONNRESET' && !ctl.aborted &&
          (state.body === null || state.body.source !== null) && !retried) {
        retrying = true;
        if (state.body !== null) state.body = extractBody(state.body.source).body;
        httpNetworkFetch(state, ctl, url, willFollow, true).then(resolve, reject);
        return;
      }
      if (responded && ctl.failBody) ctl.failBody(err); // a parse error mid-body
      else fail(undiciError(err, req.socket));
    });
    req.on('response', (res) => {
      responded = true;
      const headersList = new HeaderList();
      const raw = res.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2) headersList.append(raw[i].toLowerCase(), raw[i + 1]);
      const status = res.statusCode;
      const following = redirectStatus.has(status) &&
        ((willFollow && res.headers.location !== undefined) || state.redirect === 'error');
      let body = null;
      if (following) {
        // httpFetch drains it
      } else if (state.method === 'HEAD' || state.method === 'CONNECT' || nullBodyStatus.has(status)) {
        res.resume();
      } else {
        let src = res;
        const enc = res.headers['content-encoding'];
        const chain = enc ? decoders(enc) : null;
        if (chain && chain.length) {
          for (const make of chain) {
            const d = make();
            const from = src;
            from.on('error', (e) => d.destroy(e));
            from.pipe(d);
            src = d;
          }
          res.on('close', () => { if (!res.complete) src.destroy(socketError('other side closed', res.socket)); });
        }
        body = { stream: webStream(src, ctl, res.socket), source: null, length: null };
      }
      const response = basicResponse(state, status, res.statusMessage ?? '', headersList, body);
      resolve({ res, response });
    });
    writeBody(req, state.body, fail);
  });
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const state = requestState(request);
  const signal = requestSignal(request);
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    let settled = false;
    const ctl = {
      req: null,
      aborted: false,
      reason: undefined,
      errorBody: null,
      done() { signal.removeEventListener('abort', onAbort); },
    };
    function onAbort() {
      ctl.aborted = true;
      ctl.reason = signal.reason;
      if (ctl.req) ctl.req.destroy();
      if (ctl.response) responseState(ctl.response).aborted = true;
      if (ctl.errorBody) ctl.errorBody(signal.reason);
      if (!settled) {
        settled = true;
        reject(signal.reason);
      }
    }
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve().then(() => schemeFetch(state, ctl)).then((response) => {
      if (settled) return;
      settled = true;
      ctl.response = response;
      if (response.body === null) ctl.done();
      resolve(response);
    }, (err) => {
      ctl.done();
      if (settled) return;
      settled = true;
      reject(ctl.aborted ? ctl.reason : networkError(err));
    });
  });
}

module.exports = { fetch };
