'use strict';
// util.inspect / util.format, written to produce byte-identical output to
// Node v20. Engine internals that plain JavaScript cannot observe (promise
// state, proxy target, iterator contents, ...) come from the host bindings
// internalBinding('types') and internalBinding('util'); where a binding
// function is missing we fall back to a best-effort pure-JS check.
//
// Binding contract (all optional; each missing function degrades output):
//   internalBinding('types'): isProxy, isPromise, isMap, isSet, isWeakMap,
//     isWeakSet, isMapIterator, isSetIterator, isGeneratorObject,
//     isGeneratorFunction, isAsyncFunction, isArgumentsObject,
//     isBoxedPrimitive, isNumberObject, isStringObject, isBooleanObject,
//     isBigIntObject, isSymbolObject, isDate, isRegExp, isNativeError,
//     isArrayBuffer, isSharedArrayBuffer, isAnyArrayBuffer, isArrayBufferView,
//     isTypedArray, isDataView, isModuleNamespaceObject, isExternal, isWeakRef:
//     (value) => boolean, with V8 semantics (isAsyncFunction and
//     isGeneratorFunction are both true for async generator functions).
//   internalBinding('util'):
//     getPromiseDetails(promise) => [state, result]; state 0 pending (result
//       undefined), 1 fulfilled, 2 rejected.
//     getProxyDetails(value, fetchDetails = true) => undefined when value is
//       not a proxy; else [target, handler] (fetchDetails true) or target;
//       target/handler are null for a revoked proxy.
//     previewEntries(obj, isIterator) => for a Map/Set iterator with
//       isIterator true: [entries, isKeyValue], entries being the remaining
//       items, flattened [k1, v1, k2, v2, ...] when isKeyValue (Map entries(),
//       Set entries()), else [v1, v2, ...] (keys()/values()); without
//       isIterator just the entries array. For WeakMap: [k1, v1, ...]; for
//       WeakSet: [v1, ...]. May return undefined: printed as <items unknown>.

const {
  ArrayIsArray,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DatePrototypeGetTime,
  DatePrototypeToISOString,
  DatePrototypeToString,
  ErrorPrototypeToString,
  FunctionPrototypeCall,
  FunctionPrototypeToString,
  JSONStringify,
  MapPrototypeEntries,
  MapPrototypeGetSize,
  MathFloor,
  MathMax,
  MathMin,
  MathRound,
  MathSqrt,
  MathTrunc,
  NumberIsFinite,
  NumberIsNaN,
  NumberParseFloat,
  NumberParseInt,
  NumberPrototypeValueOf,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectIs,
  ObjectIsExtensible,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ObjectPrototypeToString,
  ObjectSeal,
  ObjectSetPrototypeOf,
  ReflectOwnKeys,
  RegExpPrototypeGetGlobal,
  RegExpPrototypeToString,
  SetPrototypeGetSize,
  SetPrototypeValues,
  StringPrototypeValueOf,
  SymbolPrototypeToString,
  SymbolPrototypeValueOf,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  WeakMapPrototypeHas,
  WeakSetPrototypeHas,
} = primordials;

const ObjectProto = Object.prototype;
const hasOwn = (o, k) => ObjectPrototypeHasOwnProperty(o, k);
const isEnumerable = (o, k) => ObjectPrototypePropertyIsEnumerable(o, k);
const objToString = (o) => ObjectPrototypeToString(o);
const getOwnDesc = ObjectGetOwnPropertyDescriptor;
const getProto = ObjectGetPrototypeOf;

// ---------------------------------------------------------------------------
// Bindings

function tryBinding(name) {
  try {
    return internalBinding(name);
  } catch {
    return undefined;
  }
}

let utilBindingCache;
function utilBinding() {
  if (utilBindingCache === undefined) utilBindingCache = tryBinding('util') || {};
  return utilBindingCache;
}

// Pure-JS brand checks (used when the host binding does not provide one).
function brandCheck(fn) {
  if (typeof fn !== 'function') return () => false;
  return (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    try {
      FunctionPrototypeCall(fn, v);
      return true;
    } catch {
      return false;
    }
  };
}
function protoGetter(C, name) {
  if (typeof C !== 'function') return undefined;
  const d = getOwnDesc(C.prototype, name);
  return d && d.get;
}
const TypedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTagGetter = getOwnDesc(TypedArrayProto, Symbol.toStringTag).get;
const regexpGlobalGetter = protoGetter(RegExp, 'global');
const fnToString = Function.prototype.toString;

function jsTypedArrayKind(v) {
  if (v === null || typeof v !== 'object') return undefined;
  return TypedArrayPrototypeGetSymbolToStringTag(v);
}
function tagOf(v) {
  try {
    return objToString(v);
  } catch {
    return '';
  }
}
function fnSource(v) {
  try {
    return FunctionPrototypeToString(v);
  } catch {
    return '';
  }
}
const AsyncFunctionProto = getProto(async function () {});
const GeneratorFunctionProto = getProto(function* () {});
const AsyncGeneratorFunctionProto = getProto(async function* () {});
const MapIteratorProto = getProto(new Map().entries());
const SetIteratorProto = getProto(new Set().values());
const GeneratorProto = getProto(GeneratorFunctionProto.prototype);

function protoChainHas(v, proto) {
  try {
    for (let p = getProto(v); p !== null; p = getProto(p)) if (p === proto) return true;
  } catch { /* ignore */ }
  return false;
}

const jsTypes = {
  isProxy: () => false,
  isExternal: () => false,
  isModuleNamespaceObject: (v) => v !== null && typeof v === 'object' &&
    getProto(v) === null && !ObjectIsExtensible(v) && v[Symbol.toStringTag] === 'Module',
  isPromise: (v) => v instanceof Promise,
  isMap: brandCheck(protoGetter(Map, 'size')),
  isSet: brandCheck(protoGetter(Set, 'size')),
  isWeakMap: (v) => {
    if (v === null || typeof v !== 'object') return false;
    try { WeakMapPrototypeHas(v, ObjectProto); return true; } catch { return false; }
  },
  isWeakSet: (v) => {
    if (v === null || typeof v !== 'object') return false;
    try { WeakSetPrototypeHas(v, ObjectProto); return true; } catch { return false; }
  },
  isWeakRef: typeof WeakRef === 'function' ? brandCheck(WeakRef.prototype.deref) : () => false,
  isMapIterator: (v) => protoChainHas(v, MapIteratorProto),
  isSetIterator: (v) => protoChainHas(v, SetIteratorProto),
  isGeneratorObject: (v) => protoChainHas(v, GeneratorProto) || tagOf(v) === '[object Generator]',
  isGeneratorFunction: (v) => {
    if (typeof v !== 'function') return false;
    const p = getProto(v);
    if (p === GeneratorFunctionProto || p === AsyncGeneratorFunctionProto) return true;
    return /^(?:async\s*)?(?:function\s*)?\*/.test(fnSource(v));
  },
  isAsyncFunction: (v) => {
    if (typeof v !== 'function') return false;
    const p = getProto(v);
    if (p === AsyncFunctionProto || p === AsyncGeneratorFunctionProto) return true;
    return /^async[\s(*[]/.test(fnSource(v)) || /^async\s*[A-Za-z_$]/.test(fnSource(v));
  },
  isArgumentsObject: (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object Arguments]' &&
    !hasOwn(v, Symbol.toStringTag),
  isNumberObject: brandCheck(Number.prototype.valueOf),
  isStringObject: brandCheck(String.prototype.valueOf),
  isBooleanObject: brandCheck(Boolean.prototype.valueOf),
  isBigIntObject: brandCheck(BigInt.prototype.valueOf),
  isSymbolObject: brandCheck(Symbol.prototype.valueOf),
  isDate: brandCheck(Date.prototype.getTime),
  isRegExp: (v) => {
    if (v === null || typeof v !== 'object') return false;
    try { return RegExpPrototypeGetGlobal(v) !== undefined; } catch { return false; }
  },
  isNativeError: (v) => {
    if (v === null || typeof v !== 'object' || tagOf(v) !== '[object Error]') return false;
    // Without a @@toStringTag the tag comes from the [[ErrorData]] slot.
    let tagged;
    try { tagged = v[Symbol.toStringTag] !== undefined; } catch { tagged = true; }
    return !tagged || v instanceof Error;
  },
  isArrayBuffer: brandCheck(protoGetter(ArrayBuffer, 'byteLength')),
  isSharedArrayBuffer: brandCheck(protoGetter(globalThis.SharedArrayBuffer, 'byteLength')),
  isDataView: brandCheck(protoGetter(DataView, 'byteLength')),
  isTypedArray: (v) => jsTypedArrayKind(v) !== undefined,
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
};
jsTypes.isAnyArrayBuffer = (v) => jsTypes.isArrayBuffer(v) || jsTypes.isSharedArrayBuffer(v);
jsTypes.isBoxedPrimitive = (v) => jsTypes.isNumberObject(v) || jsTypes.isStringObject(v) ||
  jsTypes.isBooleanObject(v) || jsTypes.isBigIntObject(v) || jsTypes.isSymbolObject(v);

let typesCache;
function types() {
  if (typesCache === undefined) {
    const b = tryBinding('types');
    typesCache = { ...jsTypes };
    if (b) {
      for (const k of ObjectKeys(b)) if (typeof b[k] === 'function') typesCache[k] = b[k];
    }
  }
  return typesCache;
}

// Which builtin an object derives from, judged by its prototype chain:
// a kind name, 'plain' (reaches Object.prototype through no builtin
// prototype) or 'unknown' (foreign or null-prototype chain). Used to skip
// type checks that cannot succeed, which keeps inspecting ordinary objects
// cheap.
const protoKinds = new Map([
  [Array.prototype, 'Array'], [Map.prototype, 'Map'], [Set.prototype, 'Set'],
  [TypedArrayProto, 'TypedArray'], [MapIteratorProto, 'MapIterator'], [SetIteratorProto, 'SetIterator'],
  [RegExp.prototype, 'RegExp'], [Date.prototype, 'Date'], [Error.prototype, 'Error'],
  [ArrayBuffer.prototype, 'ArrayBuffer'], [DataView.prototype, 'DataView'], [Promise.prototype, 'Promise'],
  [WeakSet.prototype, 'WeakSet'], [WeakMap.prototype, 'WeakMap'], [Number.prototype, 'Boxed'],
  [String.prototype, 'Boxed'], [Boolean.prototype, 'Boxed'], [BigInt.prototype, 'Boxed'],
  [Symbol.prototype, 'Boxed'], [Function.prototype, 'Function'],
]);
if (typeof SharedArrayBuffer === 'function') protoKinds.set(SharedArrayBuffer.prototype, 'ArrayBuffer');

function protoKind(value) {
  let p;
  try {
    p = getProto(value);
    for (let i = 0; p !== null && i < 100; i++) {
      if (p === ObjectProto) return 'plain';
      const kind = protoKinds.get(p);
      if (kind !== undefined) return kind;
      p = getProto(p);
    }
  } catch { /* fall through */ }
  return 'unknown';
}

function getProxyDetails(value, fetchDetails) {
  const u = utilBinding();
  if (typeof u.getProxyDetails !== 'function') return undefined;
  return u.getProxyDetails(value, fetchDetails);
}

function getPromiseDetails(value) {
  const u = utilBinding();
  if (typeof u.getPromiseDetails !== 'function') return undefined;
  return u.getPromiseDetails(value);
}

function previewEntries(value, isIterator) {
  const u = utilBinding();
  if (typeof u.previewEntries !== 'function') return undefined;
  return isIterator ? u.previewEntries(value, true) : u.previewEntries(value);
}

// ---------------------------------------------------------------------------
// Errors (internal/errors may not be available; fall back to equivalents)

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function makeNodeError(Base, code, message) {
  const err = new Base(message);
  ObjectDefineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}

function errInvalidArgType(name, expected, actual) {
  try {
    const { codes } = require('internal/errors');
    if (codes && codes.ERR_INVALID_ARG_TYPE) return new codes.ERR_INVALID_ARG_TYPE(name, expected, actual);
  } catch { /* fall through */ }
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       `The "${name}" argument must be of type ${expected}.${describeReceived(actual)}`);
}

function validateObjectArg(value, name, allowArray) {
  if (value === null || typeof value !== 'object' || (!allowArray && ArrayIsArray(value))) {
    throw errInvalidArgType(name, 'object', value);
  }
}

// ---------------------------------------------------------------------------
// Options, colors and styles

const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;
const kMinLineWidth = 16;

const colors = ObjectAssign({ __proto__: null }, {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

function defineColorAlias(target, alias) {
  ObjectDefineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

const styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// inspect()

// Options for primitives inspected without options (no ctx needed).
function primitiveCtx() {
  const d = inspectDefaultOptions;
  return {
    indentationLvl: 0,
    compact: d.compact,
    breakLength: d.breakLength,
    maxStringLength: d.maxStringLength === null ? Infinity : d.maxStringLength,
    numericSeparator: d.numericSeparator,
  };
}

function isEmptyOptions(opts) {
  if (opts === undefined) return true;
  if (opts === null || typeof opts !== 'object') return false;
  for (const key in opts) return false;
  return true;
}

function inspect(value, opts) {
  if (typeof value !== 'object' && typeof value !== 'function' && arguments.length <= 2 &&
      isEmptyOptions(opts)) {
    return formatPrimitive(inspectDefaultOptions.colors ? stylizeWithColor : stylizeNoColor, value, primitiveCtx());
  }
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors)
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = ObjectKeys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObjectArg(options, 'options', false);
    return ObjectAssign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});

inspect.colors = colors;
inspect.styles = styles;

// ---------------------------------------------------------------------------
// Primitives

const escapeTable = [];
for (let i = 0; i < 0x20; i++) escapeTable[i] = `\\x${i.toString(16).toUpperCase().padStart(2, '0')}`;
for (let i = 0x7f; i < 0xa0; i++) escapeTable[i] = `\\x${i.toString(16).toUpperCase()}`;
escapeTable[8] = '\\b';
escapeTable[9] = '\\t';
escapeTable[10] = '\\n';
escapeTable[12] = '\\f';
escapeTable[13] = '\\r';
escapeTable[39] = "\\'";
escapeTable[92] = '\\\\';

// Characters needing an escape (control chars, backslash, lone surrogates);
// the single-quote variants additionally escape `'`.
const needsEscapeRe = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeReQ = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllRe = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeAllReQ = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  const e = escapeTable[code];
  if (e !== undefined) return e;
  return `\\u${code.toString(16)}`;
}

function strEscape(str) {
  let quote = "'";
  let test = needsEscapeReQ;
  let all = escapeAllReQ;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
    if (quote !== "'") {
      test = needsEscapeRe;
      all = escapeAllRe;
    }
  }
  if (str.length < 5000 && !test.test(str)) return quote + str + quote;
  all.lastIndex = 0;
  return quote + str.replace(all, escapeChar) + quote;
}

function escapeKeyText(str) {
  return str.replace(escapeAllReQ, escapeChar);
}

function addNumericSeparator(intStr) {
  let result = '';
  let i = intStr.length;
  const start = intStr.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${intStr.slice(i - 3, i)}${result}`;
  return i === intStr.length ? intStr : `${intStr.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fracStr) {
  let result = '';
  let i = 0;
  for (; i < fracStr.length - 3; i += 3) result += `${fracStr.slice(i, i + 3)}_`;
  return i === 0 ? fracStr : `${result}${fracStr.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = MathTrunc(number);
  const intStr = String(integer);
  if (integer === number) {
    if (!NumberIsFinite(number) || intStr.includes('e')) return fn(intStr, 'number');
    return fn(addNumericSeparator(intStr), 'number');
  }
  if (NumberIsNaN(number)) return fn(intStr, 'number');
  const full = String(number);
  const dot = full.indexOf('.');
  return fn(`${addNumericSeparator(full.slice(0, dot))}.${addNumericSeparatorEnd(full.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = String(bigint);
  if (!numericSeparator) return fn(`${str}n`, 'bigint');
  return fn(`${addNumericSeparator(str)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const pieces = value.split(/(?<=\n)/);
        const sep = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
        let out = '';
        for (let i = 0; i < pieces.length; i++) {
          if (i !== 0) out += sep;
          out += fn(strEscape(pieces[i]), 'string');
        }
        return out + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(SymbolPrototypeToString(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Helpers for objects

// Names of the global constructors and namespaces of the language; used to
// decide what counts as a "built-in" object.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'Promise',
  'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
  'FinalizationRegistry', 'WeakRef', 'Infinity', 'NaN',
]);

function isInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

function isError(v) {
  return types().isNativeError(v) || isInstanceof(v, Error);
}

// The engine's class name of an object (V8's GetConstructorName), used when
// the prototype chain has no usable `constructor`.
function internalConstructorName(obj) {
  // Per prototype level: a string @@toStringTag data property, then (not on
  // the object itself) a named `constructor` data property other than
  // Object; failing both, the kind of object.
  try {
    for (let p = obj; p !== null; p = getProto(p)) {
      const tagDesc = getOwnDesc(p, Symbol.toStringTag);
      if (tagDesc !== undefined && 'value' in tagDesc && typeof tagDesc.value === 'string') return tagDesc.value;
      if (p !== obj) {
        const d = getOwnDesc(p, 'constructor');
        if (d !== undefined && typeof d.value === 'function') {
          const name = d.value.name;
          if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
        }
      }
    }
  } catch { /* ignore (proxies) */ }
  const t = types();
  if (typeof obj === 'function') return 'Function';
  if (ArrayIsArray(obj)) return 'Array';
  const kind = jsTypedArrayKind(obj);
  if (kind !== undefined) return kind;
  if (t.isMap(obj)) return 'Map';
  if (t.isSet(obj)) return 'Set';
  if (t.isMapIterator(obj)) return 'MapIterator';
  if (t.isSetIterator(obj)) return 'SetIterator';
  if (t.isDate(obj)) return 'Date';
  if (t.isRegExp(obj)) return 'RegExp';
  if (t.isNativeError(obj)) return 'Error';
  if (t.isPromise(obj)) return 'Promise';
  if (t.isArrayBuffer(obj)) return 'ArrayBuffer';
  if (t.isSharedArrayBuffer(obj)) return 'SharedArrayBuffer';
  if (t.isDataView(obj)) return 'DataView';
  if (t.isWeakMap(obj)) return 'WeakMap';
  if (t.isWeakSet(obj)) return 'WeakSet';
  if (t.isNumberObject(obj)) return 'Number';
  if (t.isStringObject(obj)) return 'String';
  if (t.isBooleanObject(obj)) return 'Boolean';
  if (t.isBigIntObject(obj)) return 'BigInt';
  if (t.isSymbolObject(obj)) return 'Symbol';
  return 'Object';
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const desc = getOwnDesc(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        isInstanceof(start, desc.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !builtInObjects.has(desc.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = getProto(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = internalConstructorName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const sub = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${res} <${sub}>`;
  }
  return `${res} <${protoName}>`;
}

function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let seenKeys;
  do {
    if (depth !== 0 || main === obj) {
      obj = getProto(obj);
      if (obj === null) return;
      const desc = getOwnDesc(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name)) return;
    }
    if (depth === 0) {
      seenKeys = new Set();
    } else {
      for (const k of keys) seenKeys.add(k);
    }
    keys = ReflectOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) continue;
      const desc = getOwnDesc(obj, key);
      if (typeof desc.value === 'function') continue;
      const str = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${str}\u001b[22m` : str);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

const indexKeyRe = /^(0|[1-9][0-9]*)$/;

function isArrayIndexKey(key) {
  if (!indexKeyRe.test(key)) return false;
  return Number(key) < 4294967295;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // Uninitialized bindings of a module namespace.
      if (!types().isModuleNamespaceObject(value)) throw err;
      keys = ObjectGetOwnPropertyNames(value);
    }
    if (symbols.length !== 0) {
      for (const s of symbols) if (isEnumerable(value, s)) keys.push(s);
    }
  }
  return keys;
}

// Own non-index keys (strings first, then symbols), enumerable only unless
// showHidden.
function getOwnNonIndexProperties(value, showHidden) {
  const out = [];
  const names = ObjectGetOwnPropertyNames(value);
  for (const k of names) {
    if (isArrayIndexKey(k)) continue;
    if (!showHidden && !isEnumerable(value, k)) continue;
    out.push(k);
  }
  const symbols = ObjectGetOwnPropertySymbols(value);
  for (const s of symbols) {
    if (!showHidden && !isEnumerable(value, s)) continue;
    out.push(s);
  }
  return out;
}

const keyIdentRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function remainingText(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

// ---------------------------------------------------------------------------
// formatValue / formatRaw

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = FunctionPrototypeCall(maybeCustom, context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch { /* ignore */ }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return ret;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function emptyFormatter() {
  return [];
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  const t = types();
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = emptyFormatter;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  const kind = protoKind(value);
  const maybe = (k) => kind === k || kind === 'unknown';

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (maybe('Set') && t.isSet(value)) {
      const sz = setSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${sz})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSet(value, c, v, r);
      if (sz === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (maybe('Map') && t.isMap(value)) {
      const sz = mapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${sz})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMap(value, c, v, r);
      if (sz === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (maybe('TypedArray') && t.isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      let bound = value;
      let fallback = '';
      const kind = TypedArrayPrototypeGetSymbolToStringTag(value);
      if (constructor === null) {
        fallback = kind;
        bound = new globalThis[kind](value);
      }
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(bound, size, c, v, r);
      extrasType = kArrayExtrasType;
    } else if (maybe('MapIterator') && t.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (maybe('SetIterator') && t.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (t.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (maybe('RegExp') && t.isRegExp(value)) {
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (maybe('Date') && t.isDate(value)) {
      const time = DatePrototypeGetTime(value);
      base = NumberIsNaN(time) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (maybe('Error') && isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (maybe('ArrayBuffer') && t.isAnyArrayBuffer(value)) {
      const arrayType = t.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (maybe('DataView') && t.isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (maybe('Promise') && t.isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (maybe('WeakSet') && t.isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (maybe('WeakMap') && t.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (kind === 'unknown' && t.isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = (c, v, r) => formatNamespaceObject(keys, c, v, r);
    } else if (maybe('Boxed') && t.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        if (t.isExternal(value)) return ctx.stylize('[External: <address>]', 'special');
        return `${getCtxName(constructor, tag, 'Object')}{}`;
      }
      const fallback = constructor === null ? internalConstructorName(value) : 'Object';
      braces[0] = `${getCtxName(constructor, tag, fallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let fallback = 'Object';
    if (constructor === null) {
      if (ArrayIsArray(value)) fallback = 'Array';
      else if (t.isTypedArray(value)) fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
      else if (t.isMap(value)) fallback = 'Map';
      else if (t.isSet(value)) fallback = 'Set';
      else fallback = internalConstructorName(value);
    }
    let name = getCtxName(constructor, tag, fallback).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    const name = getCtxName(constructor, tag, 'Object').slice(0, -1);
    return handleMaxCallStackSize(ctx, err, name, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

const getCtxName = getPrefix;

const setSizeGetter = getOwnDesc(Set.prototype, 'size').get;
const mapSizeGetter = getOwnDesc(Map.prototype, 'size').get;
const typedArrayLengthGetter = getOwnDesc(TypedArrayProto, 'length').get;
function setSize(s) { return SetPrototypeGetSize(s); }
function mapSize(m) { return MapPrototypeGetSize(m); }
function typedArrayLength(a) { return TypedArrayPrototypeGetLength(a); }

function isStackOverflow(err) {
  if (err === null || typeof err !== 'object') return false;
  const msg = `${err.message}`;
  return (err.name === 'RangeError' && msg === 'Maximum call stack size exceeded') ||
    (err.name === 'InternalError' && msg === 'stack overflow') || msg === 'stack overflow';
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflow(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${constructorName}: Inspection interrupted ` +
      'prematurely. Maximum call stack size exceeded.]', 'special');
  }
  throw err;
}

// ---------------------------------------------------------------------------
// Functions

const stripCommentsRe = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classHeaderRe = /^(\s+[^(]*?)\s*{/;

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getProto(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  const src = fnSource(value);
  if (src.startsWith('class') && src.endsWith('}')) {
    const body = src.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 &&
        (!body.slice(0, brace).includes('(') ||
         classHeaderRe.test(body.replace(stripCommentsRe, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  const t = types();
  let type = 'Function';
  if (t.isGeneratorFunction(value)) type = `Generator${type}`;
  if (t.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------
// Errors

function errorToString(err) {
  try {
    return ErrorPrototypeToString(err);
  } catch {
    return objToString(err);
  }
}

const frameLineRe = /^\s*at\s/;

// Returns the stack string as V8 would have it: QuickJS's `stack` holds only
// the frames, so the "Name: message" header is put in front of it.
function getStackString(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (stack) {
    stack = String(stack);
    if (frameLineRe.test(stack)) {
      stack = `${errorToString(err)}\n${stack.replace(/\n+$/, '')}`;
    }
    return stack;
  }
  return errorToString(err);
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch { /* ignore */ }
  if (cause != null && typeof cause === 'object' && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      const causeFrames = causeStack.slice(causeStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreFrameRe = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRe = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function markNodeModules(ctx, line) {
  nodeModulesRe.lastIndex = 0;
  let m;
  let out = '';
  let last = 0;
  while ((m = nodeModulesRe.exec(line)) !== null) {
    out += line.slice(last, m.index + 14);
    out += ctx.stylize(m[1], 'module');
    last = m.index + m[0].length;
  }
  return last === 0 ? line : out + line.slice(last);
}

function workingDirectory() {
  try {
    return typeof process === 'object' && process !== null && typeof process.cwd === 'function' ?
      process.cwd() : undefined;
  } catch {
    return undefined;
  }
}

// Dims the current working directory part of a stack frame.
function markCwd(ctx, line, cwd) {
  let pos = line.indexOf(cwd);
  if (pos === -1) return line;
  let len = cwd.length;
  if (line.slice(pos - 7, pos) === 'file://') {
    len += 7;
    pos -= 7;
  }
  const start = line[pos - 1] === '(' ? pos - 1 : pos;
  const end = start !== pos && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = pos + len + 1;
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') + line.slice(cwdEnd, end);
  if (end === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      const cwd = workingDirectory();
      for (let line of lines) {
        const core = coreFrameRe.exec(line);
        if (core !== null) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          line = markNodeModules(ctx, line);
          if (cwd !== undefined) line = markCwd(ctx, line, cwd);
          newStack += `\n${line}`;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    const indentation = ' '.repeat(ctx.indentationLvl);
    stack = stack.replaceAll('\n', `\n${indentation}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Boxed primitives

function getBoxedBase(value, ctx, keys, constructor, tag) {
  const t = types();
  let type;
  let prim;
  if (t.isNumberObject(value)) {
    type = 'Number';
    prim = NumberPrototypeValueOf(value);
  } else if (t.isStringObject(value)) {
    type = 'String';
    prim = StringPrototypeValueOf(value);
    keys.splice(0, prim.length);
  } else if (t.isBooleanObject(value)) {
    type = 'Boolean';
    prim = BooleanPrototypeValueOf(value);
  } else if (t.isBigIntObject(value)) {
    type = 'BigInt';
    prim = BigIntPrototypeValueOf(value);
  } else {
    type = 'Symbol';
    prim = SymbolPrototypeValueOf(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) {
      base += ' (null prototype)';
    } else {
      base += ` (${constructor})`;
    }
  }
  base += `: ${formatPrimitive(stylizeNoColor, prim, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Collections

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  if (ctx.maxArrayLength < 0) {
    // Node's hex conversion rejects a negative end.
    const err = new RangeError('Index out of range');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  const n = MathMin(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (i !== 0) str += ' ';
    str += (b < 16 ? '0' : '') + b.toString(16);
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Arrays with holes: walk the own index keys and collapse gaps.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const num = +key;
    if (num > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!indexKeyRe.test(key)) break;
      const empty = num - index;
      output.push(ctx.stylize(`<${empty} empty item${empty > 1 ? 's' : ''}>`, 'undefined'));
      index = num;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const fmt = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) output[i] = fmt(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(set, ctx, ignored, recurseTimes) {
  const length = setSize(set);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of SetPrototypeValues(set)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, ctx, ignored, recurseTimes) {
  const length = mapSize(map);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of MapPrototypeEntries(map)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxLength = MathMin(MathMax(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const pair = [formatValue(ctx, entries[pos], recurseTimes), formatValue(ctx, entries[pos + 1], recurseTimes)];
      output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const entries = previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const entries = previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const res = previewEntries(value, true);
  if (res === undefined) return formatWeakCollection(ctx);
  const entries = res[0];
  if (res[1]) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  const state = details[0];
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------
// Properties

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = FunctionPrototypeCall(desc.get, original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKeyText(SymbolPrototypeToString(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKeyText(key)}]`;
  } else if (keyIdentRe.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Line layout

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--; // ignore "... more items"
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// String width and VT control characters

const ansiPattern = '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))';
const ansiRe = new RegExp(ansiPattern, 'g');
const colorRe = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return String(str).replace(colorRe, '');
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw errInvalidArgType('str', 'string', str);
  return str.replace(ansiRe, '');
}

// Column width of characters, following the Unicode (16) data of Node's ICU
// build: East Asian Wide/Fullwidth characters and emoji presented as emoji
// take two columns; otherwise nonspacing/enclosing marks, format and control
// characters take none.
const zeroWidthRe = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Emoji_Modifier}]/u;
const emojiPresentationRe = /\p{Emoji_Presentation}/u;
// East Asian Wide (W) and Fullwidth (F) ranges outside the emoji blocks.
const wideRanges = [
  0x1100, 0x115f, 0x2329, 0x232a, 0x2630, 0x2637, 0x268a, 0x268f, 0x2e80, 0x2e99, 0x2e9b, 0x2ef3,
  0x2f00, 0x2fd5, 0x2ff0, 0x2fff, 0x3000, 0x303e, 0x3041, 0x3096, 0x3099, 0x30ff, 0x3105, 0x312f,
  0x3131, 0x318e, 0x3190, 0x31e5, 0x31ef, 0x321e, 0x3220, 0x3247, 0x3250, 0x4dff, 0x4e00, 0xa48c,
  0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe52,
  0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x16fe4,
  0x16ff0, 0x16ff6, 0x17000, 0x18cd5, 0x18cff, 0x18d1e, 0x18d80, 0x18df2, 0x1aff0, 0x1aff3,
  0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b132, 0x1b132, 0x1b150, 0x1b152,
  0x1b155, 0x1b155, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1d300, 0x1d356, 0x1d360, 0x1d376,
  0x1f200, 0x1f202, 0x1f210, 0x1f23b, 0x1f240, 0x1f248, 0x1f250, 0x1f251, 0x1f260, 0x1f265,
  0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

function isWideCodePoint(code) {
  if (code < 0x1100) return false;
  let lo = 0;
  let hi = wideRanges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < wideRanges[mid * 2]) {
      hi = mid - 1;
    } else if (code > wideRanges[mid * 2 + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

function charWidth(code, ch) {
  if (isWideCodePoint(code) || emojiPresentationRe.test(ch)) return 2;
  if (code !== 0xad && zeroWidthRe.test(ch)) return 0;
  return 1;
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      for (const ch of str.slice(i).normalize('NFC')) width += charWidth(ch.codePointAt(0), ch);
      break;
    }
    if (code >= 32) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------
// format()

let circularErrorMessage;

function firstLine(err) {
  const m = String(err && err.message);
  const i = m.indexOf('\n');
  return i === -1 ? m : m.slice(0, i);
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstLine(err) === circularErrorMessage) return '[Circular]';
    throw err;
  }
}

function hasBuiltInToString(value) {
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = getProto(pointer);
  } while (!hasOwn(pointer, 'toString'));
  const desc = getOwnDesc(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumber(stylizeNoColor, arg, false);
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, false);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const n = args[++a];
            if (typeof n === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, n, false);
            } else if (typeof n === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number(n), false);
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const n = args[++a];
            if (typeof n === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, n, false);
            } else if (typeof n === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberParseInt(n), false);
            }
            break;
          }
          case 102: { // 'f'
            const n = args[++a];
            if (typeof n === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberParseFloat(n), false);
            }
            break;
          }
          case 99: // 'c'
            a++;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObjectArg(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
  identicalSequenceRange,
  isError,
  types,
  previewEntries,
  getPromiseDetails,
  getProxyDetails,
  errInvalidArgType,
};
