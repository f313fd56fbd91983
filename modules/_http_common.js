'use strict';
// _http_common: what the http server and client share: the parser pool,
// the parser callbacks that build IncomingMessages, and header token checks.

const { HTTPParser } = internalBinding('http_parser');
const { methods, allMethods } = internalBinding('http_parser');
const { FreeList } = require('internal/freelist');
const incoming = require('_http_incoming');
const { IncomingMessage, readStart, readStop } = incoming;

const kIncomingMessage = Symbol('IncomingMessage');
const kRequestTimeout = Symbol('RequestTimeout');
const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

const MAX_HEADER_PAIRS = 2000;

// parserOnHeaders collects header pairs flushed before the section ended
// (many headers, or trailers).
function parserOnHeaders(headers, url) {
  if (this.maxHeaderPairs <= 0 || this._headers.length < this.maxHeaderPairs) {
    this._headers.push(...headers);
  }
  this._url += url;
}

// parserOnHeadersComplete makes the message and hands it to onIncoming,
// whose answer tells the parser how to read the body.
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }
  if (!socket) return 0;
  const Ctor = parser[kIncomingMessage] ||
    (socket.server && socket.server[kIncomingMessage]) || IncomingMessage;
  const msg = parser.incoming = new Ctor(socket);
  msg.httpVersionMajor = versionMajor;
  msg.httpVersionMinor = versionMinor;
  msg.httpVersion = `${versionMajor}.${versionMinor}`;
  msg.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders ||
    parser.joinDuplicateHeaders;
  msg.url = url;
  if (upgrade && parser.outgoing && !parser.outgoing.upgrading) {
    // The request asked for no upgrade: the server only advertises one.
    upgrade = false;
  }
  msg.upgrade = upgrade;
  let n = headers.length;
  if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
  msg._addHeaderLines(headers, n);
  if (typeof method === 'number') {
    msg.method = allMethods[method];
  } else {
    msg.statusCode = statusCode;
    msg.statusMessage = statusMessage;
  }
  return parser.onIncoming(msg, shouldKeepAlive);
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null || stream === undefined) return;
  if (!stream._dumped) {
    if (!stream.push(b)) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    stream.push(null);
  }
  readStart(parser.socket);
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  const parser = new HTTPParser();
  cleanParser(parser);
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
});

function closeParserInstance(parser) { parser.close(); }

// freeParser returns a parser to the pool after a connection is done with it.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) {
      // Closed later: a callback of this parser may be on the stack.
      setImmediate(closeParserInstance, parser);
    } else {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
  parser[kIncomingMessage] = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// checkIsHttpToken: is val an RFC 7230 token?
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
// checkInvalidHeaderChar: does val hold a character a header value cannot?
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

let warnedLenient = false;
function isLenient() {
  if (insecureHTTPParser && !warnedLenient) {
    warnedLenient = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return insecureHTTPParser;
}
const insecureHTTPParser = require('internal/options').hasOption('--insecure-http-parser');

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods,
  parsers,
  kIncomingMessage,
  kRequestTimeout,
  HTTPParser,
  isLenient,
  prepareError,
};
