'use strict';

// Headers (the Fetch standard's), as Node's fetch has it: names compared
// case-insensitively, values joined with ", " except set-cookie, iteration
// sorted by lowercased name, and a guard that makes some lists immutable.

const {
  customInspect, illegalInvocation, argumentCount, toByteString, isObjectLike,
  isToken, defineToStringTag, makeEnumerable, inspect, pairIterator,
} = require('internal/fetch/util');

const kList = Symbol('headers list');
const kGuard = Symbol('headers guard');

// A header list: lowercased name -> { name (as first given), value };
// set-cookie values are kept apart, one per header.
class HeaderList {
  constructor(from) {
    this.map = new Map();
    this.cookies = null;
    this.sorted = null;
    if (from) {
      for (const [k, v] of from.map) this.map.set(k, { name: v.name, value: v.value });
      if (from.cookies) this.cookies = from.cookies.slice();
    }
  }

  contains(name) {
    return this.map.has(name.toLowerCase());
  }

  get(name) {
    const e = this.map.get(name.toLowerCase());
    return e === undefined ? null : e.value;
  }

  append(name, value) {
    this.sorted = null;
    const lower = name.toLowerCase();
    const e = this.map.get(lower);
    if (e) e.value += `${lower === 'cookie' ? '; ' : ', '}${value}`;
    else this.map.set(lower, { name, value });
    if (lower === 'set-cookie') (this.cookies ??= []).push(value);
  }

  set(name, value) {
    this.sorted = null;
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') this.cookies = [value];
    this.map.set(lower, { name, value });
  }

  delete(name) {
    this.sorted = null;
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') this.cookies = null;
    this.map.delete(lower);
  }

  // entries in Node's iteration order
  sortedEntries() {
    if (this.sorted) return this.sorted;
    const names = [...this.map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out = [];
    for (const n of names) {
      if (n === 'set-cookie' && this.cookies) {
        for (const c of this.cookies) out.push([n, c]);
      } else {
        out.push([n, this.map.get(n).value]);
      }
    }
    this.sorted = out;
    return out;
  }

  // [[name, value]] with the lowercased names, in insertion order
  *[Symbol.iterator]() {
    for (const [k, v] of this.map) yield [k, v.value];
  }
}

function isHTTPWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20;
}

function normalizeValue(v) {
  let i = 0;
  let j = v.length;
  while (i < j && isHTTPWhitespace(v.charCodeAt(i))) i++;
  while (j > i && isHTTPWhitespace(v.charCodeAt(j - 1))) j--;
  return i === 0 && j === v.length ? v : v.slice(i, j);
}

function isValidValue(v) {
  return !/[\0\r\n]/.test(v);
}

function checkHeaders(obj) {
  if (obj === null || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, kList)) {
    throw illegalInvocation();
  }
}

function appendHeader(headers, name, value, method) {
  value = normalizeValue(value);
  if (!isToken(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  if (!isValidValue(value)) throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
  const guard = headers[kGuard];
  if (guard === 'immutable') throw new TypeError('immutable');
  headers[kList].append(name, value);
}

function fillHeaders(headers, init) {
  if (init === undefined) return;
  if (!isObjectLike(init)) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    const pairs = [];
    let i = 0;
    for (const pair of init) {
      if (!isObjectLike(pair) || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError(`Headers contructor: init[${i}] (${typeof pair === 'symbol' ? pair.toString() : pair}) is not iterable.`);
      }
      pairs.push([...pair].map((v) => toByteString(v, 'Headers contructor', 'init')));
      i++;
    }
    for (const pair of pairs) {
      if (pair.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${pair.length}.`);
      }
      appendHeader(headers, pair[0], pair[1], 'append');
    }
    return;
  }
  const pairs = [];
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError('Headers contructor: init is a symbol, which cannot be converted to a DOMString.');
    }
    pairs.push([toByteString(key, 'Headers contructor', 'init'), toByteString(init[key], 'Headers contructor', 'init')]);
  }
  for (const [k, v] of pairs) appendHeader(headers, k, v, 'append');
}

const makeIterator = pairIterator('Headers', (h) => h[kList].sortedEntries());

class Headers {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: new HeaderList(), writable: true });
    Object.defineProperty(this, kGuard, { value: 'none', writable: true });
    fillHeaders(this, init);
  }

  append(name, value) {
    checkHeaders(this);
    argumentCount(arguments, 2, 'Headers.append');
    appendHeader(this, toByteString(name, 'Headers.append', 'name'),
      toByteString(value, 'Headers.append', 'value'), 'append');
  }

  delete(name) {
    checkHeaders(this);
    argumentCount(arguments, 1, 'Headers.delete');
    name = toByteString(name, 'Headers.delete', 'name');
    if (!isToken(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    const guard = this[kGuard];
    if (guard === 'immutable') throw new TypeError('immutable');
    if (!this[kList].contains(name)) return;
    this[kList].delete(name);
  }

  get(name) {
    checkHeaders(this);
    argumentCount(arguments, 1, 'Headers.get');
    name = toByteString(name, 'Headers.get', 'name');
    if (!isToken(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    return this[kList].get(name);
  }

  has(name) {
    checkHeaders(this);
    argumentCount(arguments, 1, 'Headers.has');
    name = toByteString(name, 'Headers.has', 'name');
    if (!isToken(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this[kList].contains(name);
  }

  set(name, value) {
    checkHeaders(this);
    argumentCount(arguments, 2, 'Headers.set');
    name = toByteString(name, 'Headers.set', 'name');
    value = normalizeValue(toByteString(value, 'Headers.set', 'value'));
    if (!isToken(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (!isValidValue(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    const guard = this[kGuard];
    if (guard === 'immutable') throw new TypeError('immutable');
    this[kList].set(name, value);
  }

  getSetCookie() {
    checkHeaders(this);
    const c = this[kList].cookies;
    return c ? c.slice() : [];
  }

  keys() {
    checkHeaders(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkHeaders(this);
    return makeIterator(this, 'value');
  }

  entries() {
    checkHeaders(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkHeaders(this);
    argumentCount(arguments, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  [customInspect](depth, options) {
    const obj = {};
    for (const { name, value } of this[kList].map.values()) obj[name] = value;
    if (depth < 0) return '[Headers]';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Headers ${inspect(obj, opts)}`;
  }
}

Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, configurable: true,
});
defineToStringTag(Headers.prototype, 'Headers');
makeEnumerable(Headers.prototype, ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys',
  'values', 'entries', 'forEach']);

// makeHeaders builds a Headers object over a list with a guard (the
// Request's, Response's and fetch's own).
function makeHeaders(list, guard) {
  const h = Object.create(Headers.prototype);
  Object.defineProperty(h, kList, { value: list || new HeaderList(), writable: true });
  Object.defineProperty(h, kGuard, { value: guard, writable: true });
  return h;
}

module.exports = {
  Headers,
  HeaderList,
  makeHeaders,
  fillHeaders,
  kGuard,
};
