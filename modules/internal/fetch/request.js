'use strict';

// Request, as the Fetch standard defines it and Node's fetch has it.

const {
  customInspect, illegalInvocation, argumentCount, toUSVString, isObjectLike, enumValue,
  isToken, defineToStringTag, makeEnumerable, inspectObject,
} = require('internal/fetch/util');
const { HeaderList, makeHeaders, fillHeaders, kGuard } = require('internal/fetch/headers');
const { extractBody, bodyUnusable, cloneBody, mixinBody } = require('internal/fetch/body');
let TransformStreamClass;
function lazyTransformStream() {
  TransformStreamClass ??= require('internal/webstreams/transformstream').TransformStream;
  return TransformStreamClass;
}
const { createAbortSignal, abortSignal, isAbortSignal } = require('internal/abort_controller');

let URLClass;
function lazyURLClass() {
  URLClass ??= require('internal/url').URL;
  return URLClass;
}

const kState = Symbol('request state');
const kHeaders = Symbol('request headers');
const kSignal = Symbol('request signal');
const kConstruct = Symbol('construct');

const normalizedMethods = new Map(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH']
  .map((m) => [m.toLowerCase(), m]));
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const referrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
  'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
const modes = ['navigate', 'same-origin', 'no-cors', 'cors'];
const credentialsValues = ['omit', 'same-origin', 'include'];
const caches = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const redirects = ['follow', 'manual', 'error'];

let warnedPatch = false;

function parseURL(input) {
  const URL = lazyURLClass();
  try {
    return new URL(input);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

function getState(obj) {
  if (obj === null || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, kState)) {
    throw illegalInvocation();
  }
  return obj[kState];
}

function followSignal(signal, parent) {
  if (parent === null) return;
  if (parent.aborted) {
    abortSignal(signal, parent.reason);
    return;
  }
  const ref = new WeakRef(signal);
  const onAbort = () => {
    const s = ref.deref();
    if (s !== undefined) abortSignal(s, parent.reason);
  };
  // a signal shared by many requests may carry many listeners, as in undici
  const events = require('events');
  if (events.getMaxListeners(parent) === events.defaultMaxListeners) events.setMaxListeners(1500, parent);
  parent.addEventListener('abort', onAbort, { once: true });
  // once the request's signal is gone, the parent (a long-lived
  // controller's signal, say) drops the listener
  followRegistry?.register(signal, { parent, onAbort });
}

const followRegistry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry(({ parent, onAbort }) => parent.removeEventListener('abort', onAbort))
  : null;

function newState(url) {
  return {
    method: 'GET',
    urlList: [url],
    headersList: new HeaderList(),
    body: null,
    mode: 'cors',
    credentials: 'same-origin',
    cache: 'default',
    redirect: 'follow',
    integrity: '',
    keepalive: false,
    referrer: 'client',
    referrerPolicy: '',
    reloadNavigation: false,
    historyNavigation: false,
    duplex: 'half',
    dispatcher: undefined,
  };
}

function copyState(s) {
  return { ...s, urlList: s.urlList.slice(), headersList: new HeaderList(s.headersList) };
}

class Request {
  constructor(input, init = undefined) {
    if (input === kConstruct) return;
    argumentCount(arguments, 1, 'Request constructor');
    if (init !== undefined && init !== null && !isObjectLike(init)) {
      throw new TypeError(`Request constructor: Expected ${String(init)} to be one of: Null, Undefined, Object.`);
    }
    init ??= {};
    let state;
    let parentSignal = null;
    let inputRequest = null;
    if (input instanceof Request) {
      inputRequest = input;
      state = copyState(input[kState]);
      parentSignal = input[kSignal];
    } else {
      input = toUSVString(input, 'Request constructor', 'input');
      const url = parseURL(input);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = newState(url);
    }
    if (init.window !== undefined && init.window !== null) {
      throw new TypeError("'window' option 'client' must be null");
    }
    const initKeys = ['method', 'headers', 'body', 'referrer', 'referrerPolicy', 'mode', 'credentials',
      'cache', 'redirect', 'integrity', 'keepalive', 'signal', 'window', 'duplex', 'dispatcher'];
    if (initKeys.some((k) => init[k] !== undefined)) {
      if (state.mode === 'navigate') state.mode = 'same-origin';
      state.reloadNavigation = false;
      state.historyNavigation = false;
      state.referrer = 'client';
      state.referrerPolicy = '';
      state.urlList = [state.urlList[state.urlList.length - 1]];
    }
    if (init.referrer !== undefined) {
      const referrer = toUSVString(init.referrer, 'Request constructor', 'referrer');
      if (referrer === '') {
        state.referrer = 'no-referrer';
      } else {
        let parsed;
        try {
          parsed = new (lazyURLClass())(referrer);
        } catch (err) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err });
        }
        state.referrer = parsed.href === 'about:client' ? 'client' : parsed;
      }
    }
    if (init.referrerPolicy !== undefined) {
      state.referrerPolicy = enumValue(init.referrerPolicy, referrerPolicies, 'Request constructor');
    }
    let mode;
    if (init.mode !== undefined) {
      mode = enumValue(init.mode, modes, 'Request constructor');
      if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      state.mode = mode;
    }
    if (init.credentials !== undefined) {
      state.credentials = enumValue(init.credentials, credentialsValues, 'Request constructor');
    }
    if (init.cache !== undefined) {
      state.cache = enumValue(init.cache, caches, 'Request constructor');
      if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
        throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
      }
    }
    if (init.redirect !== undefined) state.redirect = enumValue(init.redirect, redirects, 'Request constructor');
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      let method = `${init.method}`;
      const normal = normalizedMethods.get(method.toLowerCase());
      if (normal !== undefined) {
        if (method === 'patch' && !warnedPatch) {
          warnedPatch = true;
          process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
            '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
        }
        if (method.toLowerCase() !== 'patch') method = normal;
      } else {
        if (!isToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
        if (forbiddenMethods.has(method.toUpperCase())) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      }
      state.method = method;
    }
    if (init.signal !== undefined) {
      if (init.signal !== null && !isAbortSignal(init.signal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      parentSignal = init.signal;
    }
    if (init.dispatcher !== undefined) state.dispatcher = init.dispatcher;
    if (init.duplex !== undefined) enumValue(init.duplex, ['half'], 'Request constructor');

    const signal = createAbortSignal();
    followSignal(signal, parentSignal);

    if (state.mode === 'no-cors' && !['GET', 'HEAD', 'POST'].includes(state.method)) {
      throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);
    }
    if (init.headers !== undefined) state.headersList = new HeaderList();
    const headersObj = makeHeaders(state.headersList, state.mode === 'no-cors' ? 'request-no-cors' : 'request');
    if (init.headers !== undefined) fillHeaders(headersObj, init.headers);

    const inputBody = inputRequest ? inputRequest[kState].body : null;
    if ((init.body != null || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let initBody = null;
    if (init.body != null) {
      const { body, type } = extractBody(init.body, state.keepalive);
      initBody = body;
      if (type !== null && !state.headersList.contains('content-type')) state.headersList.append('content-type', type);
    }
    const inputOrInitBody = initBody ?? inputBody;
    if (inputOrInitBody !== null && inputOrInitBody.source === null) {
      if (initBody !== null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (state.mode !== 'same-origin' && state.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    let finalBody = inputOrInitBody;
    if (initBody === null && inputBody !== null) {
      if (bodyUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      // the new request reads the input's stream through an identity
      // transform (the input is disturbed and locked at once)
      const stream = inputBody.stream.pipeThrough(new (lazyTransformStream())());
      finalBody = { stream, source: inputBody.source, length: inputBody.length };
    }
    state.body = finalBody;

    Object.defineProperty(this, kState, { value: state });
    Object.defineProperty(this, kHeaders, { value: headersObj });
    Object.defineProperty(this, kSignal, { value: signal });
  }

  get method() { return getState(this).method; }

  get url() { return getState(this).urlList[0].href; }

  get headers() { getState(this); return this[kHeaders]; }

  get destination() { getState(this); return ''; }

  get referrer() {
    const r = getState(this).referrer;
    if (r === 'no-referrer') return '';
    if (r === 'client') return 'about:client';
    return r.href;
  }

  get referrerPolicy() { return getState(this).referrerPolicy; }

  get mode() { return getState(this).mode; }

  get credentials() { return getState(this).credentials; }

  get cache() { return getState(this).cache; }

  get redirect() { return getState(this).redirect; }

  get integrity() { return getState(this).integrity; }

  get keepalive() { return getState(this).keepalive; }

  get isReloadNavigation() { return getState(this).reloadNavigation; }

  get isHistoryNavigation() { return getState(this).historyNavigation; }

  get signal() { getState(this); return this[kSignal]; }

  get duplex() { getState(this); return 'half'; }

  clone() {
    const s = getState(this);
    if (bodyUnusable(s.body)) throw new TypeError('unusable');
    const state = copyState(s);
    if (s.body !== null) state.body = cloneBody(s.body);
    const signal = createAbortSignal();
    followSignal(signal, this[kSignal]);
    return makeRequest(state, this[kHeaders][kGuard], signal);
  }

  [customInspect](depth, options) {
    return inspectObject('Request', {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    }, depth, options);
  }
}

mixinBody(Request.prototype, getState, ['duplex', 'clone']);
defineToStringTag(Request.prototype, 'Request');
makeEnumerable(Request.prototype, ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy',
  'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation',
  'isHistoryNavigation', 'signal', 'duplex', 'clone']);

function makeRequest(state, guard, signal) {
  const r = new Request(kConstruct);
  Object.defineProperty(r, kState, { value: state });
  Object.defineProperty(r, kHeaders, { value: makeHeaders(state.headersList, guard) });
  Object.defineProperty(r, kSignal, { value: signal });
  return r;
}

function requestState(r) {
  return r[kState];
}

function requestSignal(r) {
  return r[kSignal];
}

module.exports = { Request, requestState, requestSignal, parseURL };
