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
};
