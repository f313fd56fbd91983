'use strict';
// http: not implemented yet beyond its data (METHODS, STATUS_CODES) and
// header validation; servers and requests throw ERR_NOT_IMPLEMENTED.

const { stubModule } = require('internal/not_implemented');
const { METHODS, STATUS_CODES } = require('internal/http_common');
const EventEmitter = require('events');
const { Readable, Writable } = require('stream');

function validateHeaderName(name) {
  if (typeof name !== 'string' || !name || !/^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/.test(name)) {
    const { codes: { ERR_INVALID_HTTP_TOKEN } } = require('internal/errors');
    throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    const { codes: { ERR_HTTP_INVALID_HEADER_VALUE } } = require('internal/errors');
    throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  }
  if (/[^\t\x20-\x7e\x80-\xff]/.test(String(value))) {
    const { codes: { ERR_INVALID_CHAR } } = require('internal/errors');
    throw new ERR_INVALID_CHAR('header content', name);
  }
}

module.exports = stubModule('http', {
  functions: ['createServer', 'request', 'get', 'setMaxIdleHTTPParsers'],
  classes: [['Agent', EventEmitter], ['Server', EventEmitter], ['ClientRequest', Writable],
    ['IncomingMessage', Readable], ['OutgoingMessage', Writable], ['ServerResponse', Writable]],
  values: { METHODS, STATUS_CODES, maxHeaderSize: 16384, validateHeaderName, validateHeaderValue },
});
module.exports.globalAgent = Object.create(module.exports.Agent.prototype);
