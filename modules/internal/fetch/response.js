'use strict';

// Response, as the Fetch standard defines it and Node's fetch has it.

const {
  customInspect, illegalInvocation, argumentCount, toByteString, isObjectLike,
  defineToStringTag, makeEnumerable, inspectObject,
} = require('internal/fetch/util');
const { HeaderList, makeHeaders, fillHeaders, kGuard } = require('internal/fetch/headers');
const { extractBody, bodyUnusable, cloneBody, mixinBody, utf8Encode } = require('internal/fetch/body');
const { parseURL } = require('internal/fetch/request');

const kState = Symbol('response state');
const kHeaders = Symbol('response headers');
const kConstruct = Symbol('construct');

const nullBodyStatus = new Set([101, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);

function getState(obj) {
  if (obj === null || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, kState)) {
    throw illegalInvocation();
  }
  return obj[kState];
}

function newState() {
  return {
    type: 'default',
    status: 200,
    statusText: '',
    headersList: new HeaderList(),
    urlList: [],
    body: null,
  };
}

function checkInit(init, ctx) {
  if (init !== undefined && init !== null && !isObjectLike(init)) {
    throw new TypeError(`${ctx}: Expected ${String(init)} to be one of: Null, Undefined, Object.`);
  }
  return init ?? {};
}

function isReasonPhrase(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return false;
  }
  return true;
}

// initialize applies a ResponseInit and a body to a fresh response.
function initialize(response, init, body) {
  const state = response[kState];
  if (init.status !== undefined) {
    const n = Number(init.status);
    const status = Number.isFinite(n) ? ((Math.trunc(n) % 65536) + 65536) % 65536 : 0;
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    state.status = status;
  }
  if (init.statusText !== undefined) {
    const text = toByteString(init.statusText, 'Response constructor', 'statusText');
    if (!isReasonPhrase(text)) throw new TypeError('Invalid statusText');
    state.statusText = text;
  }
  if (init.headers !== undefined) fillHeaders(response[kHeaders], init.headers);
  if (body !== null) {
    if (nullBodyStatus.has(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    state.body = body.body;
    if (body.type !== null && !state.headersList.contains('content-type')) {
      state.headersList.append('content-type', body.type);
    }
  }
}

class Response {
  constructor(body = null, init = undefined) {
    if (body === kConstruct) return;
    init = checkInit(init, 'undefined');
    const state = newState();
    Object.defineProperty(this, kState, { value: state });
    Object.defineProperty(this, kHeaders, { value: makeHeaders(state.headersList, 'response') });
    initialize(this, init, body === null ? null : extractBody(body));
  }

  static error() {
    const state = newState();
    state.type = 'error';
    state.status = 0;
    return makeResponse(state, 'immutable');
  }

  static json(data, init = undefined) {
    argumentCount(arguments, 1, 'Response.json');
    init = checkInit(init, 'Response.json');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const body = extractBody(utf8Encode(text));
    const r = makeResponse(newState(), 'response');
    initialize(r, init, { body: body.body, type: 'application/json' });
    return r;
  }

  static redirect(url, status = 302) {
    argumentCount(arguments, 1, 'Response.redirect');
    const parsed = parseURL(`${url}`);
    status = Number(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const state = newState();
    state.status = status;
    state.headersList.set('location', parsed.href);
    return makeResponse(state, 'immutable');
  }

  get type() { return getState(this).type; }

  get url() {
    const list = getState(this).urlList;
    if (list.length === 0) return '';
    const u = list[list.length - 1].href;
    const hash = u.indexOf('#');
    return hash === -1 ? u : u.slice(0, hash);
  }

  get redirected() { return getState(this).urlList.length > 1; }

  get status() { return getState(this).status; }

  get ok() { const s = getState(this).status; return s >= 200 && s <= 299; }

  get statusText() { return getState(this).statusText; }

  get headers() { getState(this); return this[kHeaders]; }

  clone() {
    const s = getState(this);
    if (bodyUnusable(s.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    const state = { ...s, urlList: s.urlList.slice(), headersList: new HeaderList(s.headersList) };
    if (s.body !== null) state.body = cloneBody(s.body);
    return makeResponse(state, this[kHeaders][kGuard]);
  }

  [customInspect](depth, options) {
    return inspectObject('Response', {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    }, depth, options);
  }
}

mixinBody(Response.prototype, getState, ['clone']);
defineToStringTag(Response.prototype, 'Response');
makeEnumerable(Response.prototype, ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'clone']);
makeEnumerable(Response, ['error', 'json', 'redirect']);

function makeResponse(state, guard) {
  const r = new Response(kConstruct);
  Object.defineProperty(r, kState, { value: state });
  Object.defineProperty(r, kHeaders, { value: makeHeaders(state.headersList, guard) });
  return r;
}

function responseState(r) {
  return r[kState];
}

module.exports = { Response, makeResponse, newState, responseState, nullBodyStatus, redirectStatus };
