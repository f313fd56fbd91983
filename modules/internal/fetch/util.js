'use strict';

// Small helpers shared by the fetch globals (Headers, Request, Response,
// FormData, fetch): WebIDL-style argument conversions with the messages
// Node's fetch (undici) gives.

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function argumentCount(args, min, ctx) {
  if (args.length < min) {
    throw new TypeError(`${ctx}: ${min} argument${min === 1 ? '' : 's'} required, ` +
      `but${args.length ? ' only' : ''} ${args.length} found.`);
  }
}

function toDOMString(v, ctx, name) {
  if (typeof v === 'symbol') {
    throw new TypeError(`${ctx}: ${name} is a symbol, which cannot be converted to a DOMString.`);
  }
  return `${v}`;
}

function toByteString(v, ctx, name) {
  const s = toDOMString(v, ctx, name);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at index ' +
        `${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}

// toUSVString replaces lone surrogates with U+FFFD.
function toUSVString(v, ctx, name) {
  const s = toDOMString(v, ctx, name);
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s;
}

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function dictionary(v, ctx) {
  if (v === undefined || v === null) return {};
  if (!isObjectLike(v)) {
    throw new TypeError(`${ctx}: Expected ${typeof v === 'string' ? v : String(v)} to be one of: Null, Undefined, Object.`);
  }
  return v;
}

function enumValue(v, allowed, ctx) {
  const s = `${v}`;
  if (!allowed.includes(s)) {
    throw new TypeError(`${ctx}: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return s;
}

// token characters of RFC 9110 (method and header names)
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isToken(s) {
  return tokenRe.test(s);
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

function makeEnumerable(proto, names) {
  for (const k of names) {
    const d = Object.getOwnPropertyDescriptor(proto, k);
    d.enumerable = true;
    Object.defineProperty(proto, k, d);
  }
}

// pairIterator makes the WebIDL pair-iterator factory of an interface
// (`Headers Iterator`, `FormData Iterator`): the list is fetched on each
// next(), so changes made while iterating show.
function pairIterator(name, getList) {
  const proto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
  const kTarget = Symbol('target');
  const kKind = Symbol('kind');
  const kIndex = Symbol('index');
  Object.defineProperty(proto, 'next', {
    value: function next() {
      if (this === null || typeof this !== 'object' || !(kTarget in this)) {
        throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
      }
      const list = getList(this[kTarget]);
      const i = this[kIndex];
      if (i >= list.length) return { value: undefined, done: true };
      this[kIndex] = i + 1;
      const [k, v] = list[i];
      const kind = this[kKind];
      return { value: kind === 'key' ? k : kind === 'value' ? v : [k, v], done: false };
    },
    writable: true, enumerable: true, configurable: true,
  });
  defineToStringTag(proto, `${name} Iterator`);
  return function makeIterator(target, kind) {
    const it = Object.create(proto);
    Object.defineProperty(it, kTarget, { value: target });
    Object.defineProperty(it, kKind, { value: kind });
    Object.defineProperty(it, kIndex, { value: 0, writable: true });
    return it;
  };
}

let inspectFn;
function inspect(v, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(v, opts);
}

// inspectObject renders `Name { k: v, ... }` for a custom inspect hook.
function inspectObject(name, obj, depth, options) {
  if (depth < 0) return `[${name}]`;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  const s = inspect(obj, opts);
  return `${name} ${s}`;
}

module.exports = {
  customInspect,
  illegalInvocation,
  argumentCount,
  toDOMString,
  toByteString,
  toUSVString,
  isObjectLike,
  dictionary,
  enumValue,
  isToken,
  defineToStringTag,
  makeEnumerable,
  inspect,
  inspectObject,
  pairIterator,
};
