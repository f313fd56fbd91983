'use strict';
// V8's value serializer wire format, version 15 (Node 20, V8 11.3): the
// bytes of v8.serialize, v8.Serializer/Deserializer and the 'advanced'
// serialization of the IPC channel, byte-compatible with Node's so that a
// wqnode process and a node process read each other's messages.
//
// Why this is JavaScript and not a Go package (DESIGN.md puts pure formats in
// Go): the format is not separable from the values. Writing walks live JS
// values and runs user code as V8 does (getters of own properties, an
// error's `name` and `stack`, ToString of messages, the serializer's
// _writeHostObject/_getDataCloneError/_getSharedArrayBufferId), and reading
// calls _readHostObject back in the middle of a stream and builds Maps,
// RegExps and Errors through their intrinsic constructors. A host function
// never calls back into JS, so a Go codec would need a re-entrant protocol
// for every one of those. The byte work that is hot (strings to and from
// Latin-1/UTF-16/UTF-8, copies) is already the buffer binding's.
//
// Serializer and Deserializer here are the engine-level objects Node's
// 'serdes' binding exposes; v8.js builds DefaultSerializer and
// DefaultDeserializer (views as host objects) on them.
//
// Known differences from V8, where V8's choice depends on its internal
// representation rather than on the value: an array is written dense when
// every index below its length is an own enumerable property and it is
// extensible (V8 also writes holey-kind arrays such as
// `new Array(3).fill(0)` sparse, and packed-double arrays with every
// element as a double, which is approximated by "all numbers and one is not
// an int32"); a number is an Int32 when its value is one (V8 writes an
// integral heap number as a double); a string is one-byte when every code
// unit is below 256; length-tracking views are written with a fixed length.
// Arrays this deserializer made from a dense form are written sparse, as
// V8's (of a holey kind) are.

const {
  ArrayIsArray,
  ArrayBuffer: IntrinsicArrayBuffer,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeGetMaxByteLength,
  ArrayBufferPrototypeGetResizable,
  ArrayBufferPrototypeTransfer,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataView: IntrinsicDataView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  DataViewPrototypeGetFloat64,
  DataViewPrototypeSetFloat64,
  DatePrototypeGetTime,
  Error: IntrinsicError,
  EvalError: IntrinsicEvalError,
  FunctionPrototypeCall,
  FunctionPrototypeToString,
  Map: IntrinsicMap,
  MapPrototypeForEach,
  MapPrototypeGet,
  MapPrototypeSet,
  NumberPrototypeValueOf,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectIsExtensible,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeToString,
  RangeError: IntrinsicRangeError,
  ReferenceError: IntrinsicReferenceError,
  ReflectApply,
  ReflectConstruct,
  ReflectDeleteProperty,
  RegExp: IntrinsicRegExp,
  RegExpPrototypeExec,
  RegExpPrototypeGetDotAll,
  RegExpPrototypeGetGlobal,
  RegExpPrototypeGetHasIndices,
  RegExpPrototypeGetIgnoreCase,
  RegExpPrototypeGetMultiline,
  RegExpPrototypeGetSource,
  RegExpPrototypeGetSticky,
  RegExpPrototypeGetUnicode,
  Set: IntrinsicSet,
  SetPrototypeAdd,
  SetPrototypeForEach,
  StringFromCharCode,
  StringPrototypeValueOf,
  SymbolPrototypeToString,
  SyntaxError: IntrinsicSyntaxError,
  TypeError: IntrinsicTypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeReverse,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
  URIError: IntrinsicURIError,
  Uint8Array: IntrinsicUint8Array,
  WeakMap: IntrinsicWeakMap,
  SafeWeakSet,
} = primordials;

const { codec, plainError } = require('internal/buffer');

const RegExpPrototypeGetUnicodeSets = (() => {
  const d = ObjectGetOwnPropertyDescriptor(IntrinsicRegExp.prototype, 'unicodeSets');
  return d && d.get ? (re) => FunctionPrototypeCall(d.get, re) : () => false;
})();

let types;
function brand() {
  if (types === undefined) types = internalBinding('types');
  return types;
}

// The kinds of objects, as the 'types' binding's cloneKind numbers them.
const kOrdinary = 1;
const kArray = 2;
const kDateKind = 3;
const kRegExpKind = 4;
const kMapKind = 5;
const kSetKind = 6;
const kArrayBufferKind = 7;
const kSharedArrayBufferKind = 8;
const kTypedArray = 9;
const kDataView = 10;
const kErrorKind = 11;
const kNumberObjectKind = 12;
const kStringObjectKind = 13;
const kBooleanObject = 14;
const kBigIntObjectKind = 15;

const kLatestVersion = 15;
const kMinimumVersion = 13; // what V8 11.3 still reads

// Tags (SerializationTag), as bytes.
const kVersion = 0xFF;
const kPadding = 0x00;
const kVerifyObjectCount = 0x3F; // ?
const kTheHole = 0x2D; // -
const kUndefined = 0x5F; // _
const kNull = 0x30; // 0
const kTrue = 0x54; // T
const kFalse = 0x46; // F
const kInt32 = 0x49; // I
const kUint32 = 0x55; // U
const kDouble = 0x4E; // N
const kBigInt = 0x5A; // Z
const kUtf8String = 0x53; // S
const kOneByteString = 0x22; // "
const kTwoByteString = 0x63; // c
const kObjectReference = 0x5E; // ^
const kBeginJSObject = 0x6F; // o
const kEndJSObject = 0x7B; // {
const kBeginSparseJSArray = 0x61; // a
const kEndSparseJSArray = 0x40; // @
const kBeginDenseJSArray = 0x41; // A
const kEndDenseJSArray = 0x24; // $
const kDate = 0x44; // D
const kTrueObject = 0x79; // y
const kFalseObject = 0x78; // x
const kNumberObject = 0x6E; // n
const kBigIntObject = 0x7A; // z
const kStringObject = 0x73; // s
const kRegExp = 0x52; // R
const kBeginJSMap = 0x3B; // ;
const kEndJSMap = 0x3A; // :
const kBeginJSSet = 0x27; // '
const kEndJSSet = 0x2C; // ,
const kArrayBuffer = 0x42; // B
const kResizableArrayBuffer = 0x7E; // ~
const kArrayBufferTransfer = 0x74; // t
const kArrayBufferView = 0x56; // V
const kSharedArrayBuffer = 0x75; // u
const kHostObject = 0x5C; // backslash
const kError = 0x72; // r

// Error sub-tags.
const kEvalErrorPrototype = 0x45; // E
const kRangeErrorPrototype = 0x52; // R
const kReferenceErrorPrototype = 0x46; // F
const kSyntaxErrorPrototype = 0x53; // S
const kTypeErrorPrototype = 0x54; // T
const kUriErrorPrototype = 0x55; // U
const kErrorMessage = 0x6D; // m
const kErrorCause = 0x63; // c
const kErrorStack = 0x73; // s
const kErrorEnd = 0x2E; // .

const errorTags = {
  __proto__: null,
  EvalError: kEvalErrorPrototype, RangeError: kRangeErrorPrototype,
  ReferenceError: kReferenceErrorPrototype, SyntaxError: kSyntaxErrorPrototype,
  TypeError: kTypeErrorPrototype, URIError: kUriErrorPrototype,
};
const errorCtorsByTag = {
  __proto__: null,
  [kEvalErrorPrototype]: IntrinsicEvalError, [kRangeErrorPrototype]: IntrinsicRangeError,
  [kReferenceErrorPrototype]: IntrinsicReferenceError, [kSyntaxErrorPrototype]: IntrinsicSyntaxError,
  [kTypeErrorPrototype]: IntrinsicTypeError, [kUriErrorPrototype]: IntrinsicURIError,
};

// ArrayBufferView sub-tags, by the view's [[TypedArrayName]].
const viewTags = {
  __proto__: null,
  Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77, Uint16Array: 0x57,
  Int32Array: 0x64, Uint32Array: 0x44, Float16Array: 0x68, Float32Array: 0x66, Float64Array: 0x46,
  BigInt64Array: 0x71, BigUint64Array: 0x51,
};
const kDataViewTag = 0x3F;
const viewCtorsByTag = { __proto__: null };
for (const name in viewTags) {
  if (typeof globalThis[name] === 'function') viewCtorsByTag[viewTags[name]] = globalThis[name];
}

// View flags (version 14).
const kLengthTracking = 1;
const kBackedByRab = 2;

// RegExp flags, as V8 numbers them.
const kRegExpFlags = 9;
const kRegExpLinear = 64;

function varintSize(v) {
  let n = 1;
  while (v >= 0x80) { v = Math.floor(v / 128); n++; }
  return n;
}

// An array index key as V8 writes it (a number), or the string itself.
function indexKey(key) {
  const n = +key;
  if (n >>> 0 === n && n !== 4294967295 && `${n}` === key) return n;
  return key;
}

// V8's side-effect-free description of a value in "X could not be cloned."
function describe(v) {
  if (typeof v === 'symbol') return SymbolPrototypeToString(v);
  if (typeof v === 'function') {
    try { return FunctionPrototypeToString(v); } catch { return 'function'; }
  }
  if (v === null || typeof v !== 'object') return `${v}`;
  if (brand().isProxy(v)) return '#<Object>';
  const toString = dataProperty(v, 'toString');
  if (toString === Object.prototype.toString) {
    const ctor = dataProperty(v, 'constructor');
    if (typeof ctor === 'function') {
      const name = dataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    } else {
      return '#<Object>';
    }
  }
  let tag = dataProperty(v, Symbol.toStringTag);
  if (typeof tag !== 'string') {
    tag = TypedArrayPrototypeGetSymbolToStringTag(v);
    if (tag === undefined) {
      if (brand().isSymbolObject(v)) tag = 'Symbol';
      else if (ArrayIsArray(v)) tag = 'Array';
      else tag = 'Object';
    }
  }
  return `[object ${tag}]`;
}

// A data property found on o or its prototypes, without running getters
// or proxy traps; undefined otherwise.
function dataProperty(o, key) {
  for (let depth = 0; o !== null && depth < 1000; depth++) {
    if (brand().isProxy(o)) return undefined;
    const d = ObjectGetOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
    o = ObjectGetPrototypeOf(o);
  }
  return undefined;
}

function viewBuffer(v) {
  return brand().isDataView(v) ? DataViewPrototypeGetBuffer(v) : TypedArrayPrototypeGetBuffer(v);
}
function viewByteOffset(v) {
  return brand().isDataView(v) ? DataViewPrototypeGetByteOffset(v) : TypedArrayPrototypeGetByteOffset(v);
}
function viewByteLength(v) {
  return brand().isDataView(v) ? DataViewPrototypeGetByteLength(v) : TypedArrayPrototypeGetByteLength(v);
}

// bytesOf(view) is a Uint8Array over the view's bytes.
function bytesOf(view) {
  return new IntrinsicUint8Array(viewBuffer(view), viewByteOffset(view), viewByteLength(view));
}

function isDetached(ab) {
  // A detached buffer has length 0; a non-detached one of length 0 can
  // still be sliced.
  if (ArrayBufferPrototypeGetByteLength(ab) !== 0) return false;
  try {
    new IntrinsicUint8Array(ab);
    return false;
  } catch {
    return true;
  }
}

const scratch = new IntrinsicDataView(new IntrinsicArrayBuffer(8));
const scratchBytes = new IntrinsicUint8Array(scratch.buffer);

function illegalInvocation() {
  return new IntrinsicTypeError('Illegal invocation');
}

// The arrays read back from a dense form: V8 makes them of a holey kind,
// so they are written sparse if serialized again, and so are they here.
const holeyArrays = new SafeWeakSet();

// ---------------------------------------------------------------------------
// Writing.

class Writer {
  constructor(owner) {
    this.owner = owner; // the JS Serializer: its _writeHostObject etc.
    this.buf = new IntrinsicUint8Array(64);
    this.len = 0;
    this.ids = new IntrinsicMap();
    this.nextId = 0;
    this.transfers = new IntrinsicMap();
    this.viewsAsHost = false;
  }

  reserve(n) {
    const need = this.len + n;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    if (size < need) size = need;
    const next = new IntrinsicUint8Array(size);
    TypedArrayPrototypeSet(next, TypedArrayPrototypeSubarray(this.buf, 0, this.len));
    this.buf = next;
  }

  tag(t) {
    if (this.len === this.buf.length) this.reserve(1);
    this.buf[this.len++] = t;
  }

  varint(v) { // 0 <= v < 2**32
    this.reserve(5);
    const buf = this.buf;
    while (v >= 0x80) {
      buf[this.len++] = (v & 0x7F) | 0x80;
      v >>>= 7;
    }
    buf[this.len++] = v;
  }

  varint64(big) { // 0n <= big < 2n**64n
    this.reserve(10);
    while (big >= 0x80n) {
      this.buf[this.len++] = Number(big & 0x7Fn) | 0x80;
      big >>= 7n;
    }
    this.buf[this.len++] = Number(big);
  }

  zigzag(v) { // int32
    this.varint(((v << 1) ^ (v >> 31)) >>> 0);
  }

  double(d) {
    DataViewPrototypeSetFloat64(scratch, 0, d, true);
    this.raw(scratchBytes);
  }

  raw(bytes) {
    const n = bytes.length;
    this.reserve(n);
    TypedArrayPrototypeSet(this.buf, bytes, this.len);
    this.len += n;
  }

  string(s) {
    const n = s.length;
    if (n < 64) {
      // Short: copied unit by unit while they fit in a byte.
      if (this.len + n + 2 > this.buf.length) this.reserve(n + 2);
      const buf = this.buf;
      const start = this.len;
      buf[start] = kOneByteString;
      buf[start + 1] = n;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 0xFF) break;
        buf[start + 2 + i] = c;
      }
      if (i === n) {
        this.len = start + 2 + n;
        return;
      }
    } else {
      // Written as Latin-1 and read back: equal when every unit fits.
      const start = this.len;
      this.tag(kOneByteString);
      this.varint(n);
      this.reserve(n);
      const at = this.len;
      codec.latin1Write(this.buf, s, at, n);
      if (codec.latin1Slice(this.buf, at, at + n) === s) {
        this.len = at + n;
        return;
      }
      this.len = start;
    }
    const bytes = n * 2;
    // The UTF-16 data starts at an even offset.
    if ((this.len + 1 + varintSize(bytes)) & 1) this.tag(kPadding);
    this.tag(kTwoByteString);
    this.varint(bytes);
    this.reserve(bytes);
    this.len += codec.ucs2Write(this.buf, s, this.len, bytes);
  }

  bigintContents(b) {
    const negative = b < 0n;
    let hex = (negative ? -b : b).toString(16);
    if (hex === '0') {
      this.varint(0);
      return;
    }
    // Whole 64-bit digits, least significant byte first.
    const bytes = Math.ceil(hex.length / 16) * 8;
    hex = '0'.repeat(bytes * 2 - hex.length) + hex;
    this.varint(bytes * 2 + (negative ? 1 : 0));
    this.reserve(bytes);
    const at = this.len;
    codec.hexWrite(this.buf, hex, at, bytes);
    TypedArrayPrototypeReverse(TypedArrayPrototypeSubarray(this.buf, at, at + bytes));
    this.len += bytes;
  }

  dataCloneError(message) {
    const fn = this.owner._getDataCloneError;
    if (typeof fn !== 'function') throw new IntrinsicTypeError('_getDataCloneError is not a function');
    throw FunctionPrototypeCall(fn, this.owner, message);
  }

  value(v) {
    switch (typeof v) {
      case 'undefined': this.tag(kUndefined); return;
      case 'boolean': this.tag(v ? kTrue : kFalse); return;
      case 'number':
        if ((v | 0) === v && (v !== 0 || 1 / v > 0)) {
          // Inline: the tag and the zigzag varint.
          if (this.len + 6 > this.buf.length) this.reserve(6);
          const buf = this.buf;
          buf[this.len++] = kInt32;
          let z = ((v << 1) ^ (v >> 31)) >>> 0;
          while (z >= 0x80) {
            buf[this.len++] = (z & 0x7F) | 0x80;
            z >>>= 7;
          }
          buf[this.len++] = z;
        } else {
          this.tag(kDouble);
          this.double(v);
        }
        return;
      case 'bigint': this.tag(kBigInt); this.bigintContents(v); return;
      case 'string': this.string(v); return;
      case 'symbol': this.dataCloneError(`${describe(v)} could not be cloned.`); return;
      case 'object':
        if (v === null) { this.tag(kNull); return; }
        break;
      default: break;
    }
    const kind = brand().cloneKind(v);
    // A view's buffer is written before the view itself (and before the
    // view gets its id), unless views are host objects.
    if ((kind === kTypedArray || kind === kDataView) && !this.viewsAsHost && this.ids.get(v) === undefined) {
      this.receiver(viewBuffer(v), kArrayBufferKind);
    }
    this.receiver(v, kind);
  }

  receiver(v, kind) {
    const seen = this.ids.get(v);
    if (seen !== undefined) {
      this.tag(kObjectReference);
      this.varint(seen);
      return;
    }
    this.ids.set(v, this.nextId++);
    switch (kind) {
      case kOrdinary:
        if (v === globalThis) break;
        return this.object(v);
      case kArray: return this.array(v);
      case kDateKind:
        this.tag(kDate);
        this.double(DatePrototypeGetTime(v));
        return;
      case kRegExpKind: return this.regexp(v);
      case kMapKind: {
        const entries = [];
        MapPrototypeForEach(v, (val, key) => { entries[entries.length] = key; entries[entries.length] = val; });
        this.tag(kBeginJSMap);
        for (let i = 0; i < entries.length; i++) this.value(entries[i]);
        this.tag(kEndJSMap);
        this.varint(entries.length);
        return;
      }
      case kSetKind: {
        const entries = [];
        SetPrototypeForEach(v, (val) => { entries[entries.length] = val; });
        this.tag(kBeginJSSet);
        for (let i = 0; i < entries.length; i++) this.value(entries[i]);
        this.tag(kEndJSSet);
        this.varint(entries.length);
        return;
      }
      case kArrayBufferKind: return this.arrayBuffer(v);
      case kSharedArrayBufferKind: return this.sharedArrayBuffer(v);
      case kTypedArray: case kDataView: return this.view(v);
      case kErrorKind: return this.error(v);
      case kBooleanObject:
        this.tag(BooleanPrototypeValueOf(v) ? kTrueObject : kFalseObject);
        return;
      case kNumberObjectKind:
        this.tag(kNumberObject);
        this.double(NumberPrototypeValueOf(v));
        return;
      case kBigIntObjectKind:
        this.tag(kBigIntObject);
        this.bigintContents(BigIntPrototypeValueOf(v));
        return;
      case kStringObjectKind:
        this.tag(kStringObject);
        this.string(StringPrototypeValueOf(v));
        return;
      default: break; // Symbol wrappers, proxies, functions, promises, ...
    }
    this.dataCloneError(`${describe(v)} could not be cloned.`);
  }

  regexp(v) {
    let flags = 0;
    if (RegExpPrototypeGetGlobal(v)) flags |= 1;
    if (RegExpPrototypeGetIgnoreCase(v)) flags |= 2;
    if (RegExpPrototypeGetMultiline(v)) flags |= 4;
    if (RegExpPrototypeGetSticky(v)) flags |= 8;
    if (RegExpPrototypeGetUnicode(v)) flags |= 16;
    if (RegExpPrototypeGetDotAll(v)) flags |= 32;
    if (RegExpPrototypeGetHasIndices(v)) flags |= 128;
    if (RegExpPrototypeGetUnicodeSets(v)) flags |= 256;
    this.tag(kRegExp);
    this.string(RegExpPrototypeGetSource(v));
    this.varint(flags);
  }

  // properties writes the (key, value) pairs of keys still present, as V8
  // does after a getter may have deleted some; the count written.
  properties(o, keys, from) {
    let written = 0;
    for (let i = from; i < keys.length; i++) {
      const key = keys[i];
      const value = o[key];
      // A getter may have deleted it: then it is not written, as in V8.
      if (value === undefined && !ObjectPrototypeHasOwnProperty(o, key)) continue;
      const c = key.charCodeAt(0);
      this.value(c >= 0x30 && c <= 0x39 ? indexKey(key) : key);
      this.value(value);
      written++;
    }
    return written;
  }

  object(o) {
    const keys = ObjectKeys(o);
    this.tag(kBeginJSObject);
    const n = this.properties(o, keys, 0);
    this.tag(kEndJSObject);
    this.varint(n);
  }

  array(a) {
    const length = a.length;
    const keys = ObjectKeys(a);
    // Object.keys lists the indices first, ascending: all of 0..length-1
    // are there when the last of them is.
    const dense = length === 0 || (keys.length >= length && keys[length - 1] === `${length - 1}`);
    if (dense && ObjectIsExtensible(a) && !holeyArrays.has(a)) {
      this.tag(kBeginDenseJSArray);
      this.varint(length);
      // A packed array of numbers, one of them not an int32, is V8's
      // double-elements kind: every element is written as a double.
      let doubles = length > 0;
      let nonSmi = false;
      for (let i = 0; i < length && doubles; i++) {
        const e = a[i];
        if (typeof e !== 'number') doubles = false;
        else if ((e | 0) !== e || (e === 0 && 1 / e < 0)) nonSmi = true;
      }
      if (doubles && nonSmi) {
        for (let i = 0; i < length; i++) {
          this.tag(kDouble);
          this.double(a[i]);
        }
      } else {
        for (let i = 0; i < length; i++) {
          const e = a[i];
          // Gone (a getter deleted it): too late for the sparse form.
          if (e === undefined && !ObjectPrototypeHasOwnProperty(a, i)) {
            this.tag(kTheHole);
            continue;
          }
          this.value(e);
        }
      }
      const n = this.properties(a, keys, length);
      this.tag(kEndDenseJSArray);
      this.varint(n);
      this.varint(length);
      return;
    }
    this.tag(kBeginSparseJSArray);
    this.varint(length);
    const n = this.properties(a, keys, 0);
    this.tag(kEndSparseJSArray);
    this.varint(n);
    this.varint(length);
  }

  arrayBuffer(ab) {
    const id = this.transfers.get(ab);
    if (id !== undefined) {
      this.tag(kArrayBufferTransfer);
      this.varint(id);
      return;
    }
    if (isDetached(ab)) this.dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    const n = ArrayBufferPrototypeGetByteLength(ab);
    if (ArrayBufferPrototypeGetResizable(ab)) {
      this.tag(kResizableArrayBuffer);
      this.varint(n);
      this.varint(ArrayBufferPrototypeGetMaxByteLength(ab));
    } else {
      this.tag(kArrayBuffer);
      this.varint(n);
    }
    this.raw(new IntrinsicUint8Array(ab, 0, n));
  }

  sharedArrayBuffer(sab) {
    const fn = this.owner._getSharedArrayBufferId;
    if (typeof fn !== 'function') throw new IntrinsicError(`${describe(sab)} could not be cloned.`);
    const id = FunctionPrototypeCall(fn, this.owner, sab) >>> 0;
    this.tag(kSharedArrayBuffer);
    this.varint(id);
  }

  view(v) {
    if (this.viewsAsHost) return this.hostObject(v);
    const name = TypedArrayPrototypeGetSymbolToStringTag(v);
    const sub = name === undefined ? kDataViewTag : viewTags[name];
    const buffer = viewBuffer(v);
    this.tag(kArrayBufferView);
    this.varint(sub);
    this.varint(viewByteOffset(v));
    this.varint(viewByteLength(v));
    this.varint(ArrayBufferPrototypeGetResizable(buffer) ? kBackedByRab : 0);
  }

  error(e) {
    const messageDesc = ObjectGetOwnPropertyDescriptor(e, 'message');
    const causeDesc = ObjectGetOwnPropertyDescriptor(e, 'cause');
    this.tag(kError);
    const name = `${e.name}`;
    const sub = errorTags[name];
    if (sub !== undefined) this.varint(sub);
    if (messageDesc !== undefined && 'value' in messageDesc) {
      const message = `${messageDesc.value}`;
      this.varint(kErrorMessage);
      this.string(message);
    }
    const stack = e.stack;
    if (causeDesc !== undefined && 'value' in causeDesc) {
      this.varint(kErrorCause);
      this.value(causeDesc.value);
    }
    if (typeof stack === 'string') {
      this.varint(kErrorStack);
      this.string(stack);
    }
    this.varint(kErrorEnd);
  }

  hostObject(o) {
    this.tag(kHostObject);
    const fn = this.owner._writeHostObject;
    if (typeof fn !== 'function') throw new IntrinsicError(`${describe(o)} could not be cloned.`);
    FunctionPrototypeCall(fn, this.owner, o);
  }
}

// ---------------------------------------------------------------------------
// Reading.

// The descriptor every property read is defined with (its value set just
// before; nothing runs in between).
const kDataProperty = { __proto__: null, value: undefined, writable: true, enumerable: true, configurable: true };

class DeserializeFailure {} // a malformed stream: V8's "Unable to deserialize"

function failure() {
  return new DeserializeFailure();
}

class Reader {
  constructor(owner, bytes) {
    this.owner = owner;
    this.buf = bytes; // Uint8Array over the input
    this.pos = 0;
    this.end = bytes.length;
    this.version = 0;
    this.objects = [];
    this.nextId = 0;
    this.transfers = new IntrinsicMap();
  }

  header() {
    if (this.pos < this.end && this.buf[this.pos] === kVersion) {
      this.pos++;
      const v = this.tryVarint();
      if (v !== undefined && v >= kMinimumVersion && v <= kLatestVersion) {
        this.version = v;
        return true;
      }
    }
    throw new IntrinsicError('Unable to deserialize cloned data due to invalid or unsupported version.');
  }

  // tryVarint reads an unsigned 32-bit varint (longer ones wrap as V8's
  // do); undefined at the end of the data.
  tryVarint() {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      if (this.pos >= this.end) return undefined;
      byte = this.buf[this.pos++];
      if (shift < 32) {
        value = (value + (byte & 0x7F) * 2 ** shift) % 4294967296;
        shift += 7;
      }
    } while (byte & 0x80);
    return value;
  }

  varint() {
    const v = this.tryVarint();
    if (v === undefined) throw failure();
    return v;
  }

  tryVarint64() {
    let value = 0n;
    let shift = 0n;
    let byte;
    do {
      if (this.pos >= this.end) return undefined;
      byte = this.buf[this.pos++];
      if (shift < 64n) {
        value |= BigInt(byte & 0x7F) << shift;
        shift += 7n;
      }
    } while (byte & 0x80);
    return value & 0xFFFFFFFFFFFFFFFFn; // (the engine's BigInt.asUintN(64) is wrong at 2**64-1)
  }

  zigzag() {
    const v = this.varint();
    return (v >>> 1) ^ -(v & 1);
  }

  tryDouble() {
    if (this.end - this.pos < 8) return undefined;
    TypedArrayPrototypeSet(scratchBytes, TypedArrayPrototypeSubarray(this.buf, this.pos, this.pos + 8));
    this.pos += 8;
    return DataViewPrototypeGetFloat64(scratch, 0, true);
  }

  double() {
    const d = this.tryDouble();
    if (d === undefined) throw failure();
    return d;
  }

  // tryRaw advances over n bytes and answers where they start; undefined
  // if there are fewer.
  tryRaw(n) {
    if (!(n >= 0) || n > this.end - this.pos) return undefined;
    const at = this.pos;
    this.pos += n;
    return at;
  }

  raw(n) {
    const at = this.tryRaw(n);
    if (at === undefined) throw failure();
    return at;
  }

  tag() {
    let t;
    do {
      if (this.pos >= this.end) throw failure();
      t = this.buf[this.pos++];
    } while (t === kPadding);
    return t;
  }

  peekTag() {
    let p = this.pos;
    while (p < this.end) {
      const t = this.buf[p++];
      if (t !== kPadding) return t;
    }
    return -1;
  }

  // value reads one value; a malformed stream is V8's error.
  value() {
    try {
      return this.object();
    } catch (err) {
      if (err instanceof DeserializeFailure) throw new IntrinsicError('Unable to deserialize cloned data.');
      throw err;
    }
  }

  object() {
    // The commonest: a small Int32, a short one-byte string.
    const p = this.pos;
    if (p + 1 < this.end) {
      const t = this.buf[p];
      const b = this.buf[p + 1];
      if (t === kInt32 && b < 0x80) {
        this.pos = p + 2;
        return (b >>> 1) ^ -(b & 1);
      }
      if (t === kOneByteString && b < 0x20 && p + 2 + b <= this.end) {
        this.pos = p + 2 + b;
        return b === 0 ? '' : ReflectApply(StringFromCharCode, null, TypedArrayPrototypeSubarray(this.buf, p + 2, p + 2 + b));
      }
    }
    const result = this.objectInternal(this.tag());
    // A view follows the buffer it is over.
    if (typeof result === 'object' && result !== null && this.peekTag() === kArrayBufferView &&
        brand().isAnyArrayBuffer(result)) {
      this.tag();
      return this.view(result);
    }
    return result;
  }

  objectInternal(t) {
    switch (t) {
      case kVerifyObjectCount:
        this.varint();
        return this.object();
      case kUndefined: return undefined;
      case kNull: return null;
      case kTrue: return true;
      case kFalse: return false;
      case kInt32: return this.zigzag();
      case kUint32: return this.varint();
      case kDouble: return this.double();
      case kBigInt: return this.bigint();
      case kUtf8String: {
        const n = this.varint();
        const at = this.raw(n);
        return codec.utf8Slice(this.buf, at, at + n);
      }
      case kOneByteString: {
        const n = this.varint();
        const at = this.raw(n);
        return n === 0 ? '' : codec.latin1Slice(this.buf, at, at + n);
      }
      case kTwoByteString: {
        const n = this.varint();
        if (n % 2 !== 0) throw failure();
        const at = this.raw(n);
        return n === 0 ? '' : codec.ucs2Slice(this.buf, at, at + n);
      }
      case kObjectReference: {
        const id = this.varint();
        if (id >= this.objects.length || !(id in this.objects)) throw failure();
        return this.objects[id];
      }
      case kBeginJSObject: {
        const o = {};
        this.objects[this.nextId++] = o;
        const n = this.properties(o, kEndJSObject);
        if (this.varint() !== n) throw failure();
        return o;
      }
      case kBeginSparseJSArray: {
        const length = this.varint();
        const a = [];
        a.length = length;
        this.objects[this.nextId++] = a;
        const n = this.properties(a, kEndSparseJSArray);
        if (this.varint() !== n || this.varint() !== length) throw failure();
        return a;
      }
      case kBeginDenseJSArray: return this.denseArray();
      case kDate: {
        const d = new Date(this.double());
        this.objects[this.nextId++] = d;
        return d;
      }
      case kTrueObject: case kFalseObject: {
        const o = Object(t === kTrueObject);
        this.objects[this.nextId++] = o;
        return o;
      }
      case kNumberObject: {
        const o = Object(this.double());
        this.objects[this.nextId++] = o;
        return o;
      }
      case kBigIntObject: {
        const o = Object(this.bigint());
        this.objects[this.nextId++] = o;
        return o;
      }
      case kStringObject: {
        const o = Object(this.string());
        this.objects[this.nextId++] = o;
        return o;
      }
      case kRegExp: return this.regexp();
      case kBeginJSMap: {
        const m = new IntrinsicMap();
        this.objects[this.nextId++] = m;
        let n = 0;
        while (this.peekTag() !== kEndJSMap) {
          const key = this.object();
          const value = this.object();
          MapPrototypeSet(m, key, value);
          n += 2;
        }
        this.tag();
        if (this.varint() !== n) throw failure();
        return m;
      }
      case kBeginJSSet: {
        const s = new IntrinsicSet();
        this.objects[this.nextId++] = s;
        let n = 0;
        while (this.peekTag() !== kEndJSSet) {
          SetPrototypeAdd(s, this.object());
          n++;
        }
        this.tag();
        if (this.varint() !== n) throw failure();
        return s;
      }
      case kArrayBuffer: return this.arrayBuffer(false);
      case kResizableArrayBuffer: return this.arrayBuffer(true);
      case kArrayBufferTransfer: {
        const id = this.nextId++;
        const ab = MapPrototypeGet(this.transfers, this.varint());
        if (ab === undefined) throw failure();
        this.objects[id] = ab;
        return ab;
      }
      case kSharedArrayBuffer:
        // Node's deserializer has no way to find a shared buffer by id.
        throw failure();
      case kError: return this.error();
      case kHostObject: return this.hostObject();
      default:
        // Before version 13 every unknown tag was the host's.
        if (this.version < 13) {
          this.pos--;
          return this.hostObject();
        }
        throw failure();
    }
  }

  string() {
    if (this.version < 12) {
      const n = this.varint();
      const at = this.raw(n);
      return codec.utf8Slice(this.buf, at, at + n);
    }
    const s = this.object();
    if (typeof s !== 'string') throw failure();
    return s;
  }

  bigint() {
    const bitfield = this.varint();
    const bytes = bitfield >>> 1;
    const at = this.raw(bytes);
    if (bytes === 0) {
      if (bitfield & 1) throw failure(); // there is no -0n
      return 0n;
    }
    const digits = new IntrinsicUint8Array(bytes);
    TypedArrayPrototypeSet(digits, TypedArrayPrototypeSubarray(this.buf, at, at + bytes));
    TypedArrayPrototypeReverse(digits);
    let m;
    try {
      m = BigInt(`0x${codec.hexSlice(digits, 0, bytes)}`);
    } catch {
      throw new IntrinsicRangeError('Maximum BigInt size exceeded');
    }
    return bitfield & 1 ? -m : m;
  }

  properties(o, endTag) {
    let n = 0;
    for (;;) {
      if (this.peekTag() === endTag) {
        this.tag();
        return n;
      }
      const key = this.object();
      if (typeof key !== 'string' && typeof key !== 'number') throw failure();
      kDataProperty.value = this.object();
      ObjectDefineProperty(o, typeof key === 'number' ? `${key}` : key, kDataProperty);
      kDataProperty.value = undefined;
      n++;
    }
  }

  denseArray() {
    const length = this.varint();
    if (length > this.end - this.pos) throw failure();
    const a = [];
    holeyArrays.add(a);
    this.objects[this.nextId++] = a;
    for (let i = 0; i < length; i++) {
      if (this.peekTag() === kTheHole) {
        this.tag();
        continue;
      }
      const e = this.object();
      if (e === undefined && this.version < 11) continue; // the hole, then
      kDataProperty.value = e;
      ObjectDefineProperty(a, i, kDataProperty);
      kDataProperty.value = undefined;
    }
    a.length = length;
    const n = this.properties(a, kEndDenseJSArray);
    if (this.varint() !== n || this.varint() !== length) throw failure();
    return a;
  }

  regexp() {
    const id = this.nextId++;
    const source = this.string();
    const raw = this.varint();
    if (raw >= 1 << kRegExpFlags || raw & kRegExpLinear) throw failure();
    let flags = '';
    if (raw & 128) flags += 'd';
    if (raw & 1) flags += 'g';
    if (raw & 2) flags += 'i';
    if (raw & 4) flags += 'm';
    if (raw & 32) flags += 's';
    if (raw & 16) flags += 'u';
    if (raw & 256) flags += 'v';
    if (raw & 8) flags += 'y';
    const re = new IntrinsicRegExp(source, flags);
    this.objects[id] = re;
    return re;
  }

  arrayBuffer(resizable) {
    const id = this.nextId++;
    const n = this.varint();
    let max = n;
    if (resizable) {
      max = this.varint();
      if (n > max) throw failure();
    }
    const at = this.raw(n);
    let ab;
    try {
      ab = resizable ? new IntrinsicArrayBuffer(n, { maxByteLength: max }) : new IntrinsicArrayBuffer(n);
    } catch {
      throw new IntrinsicRangeError('Array buffer allocation failed');
    }
    if (n > 0) TypedArrayPrototypeSet(new IntrinsicUint8Array(ab), TypedArrayPrototypeSubarray(this.buf, at, at + n));
    this.objects[id] = ab;
    return ab;
  }

  view(buffer) {
    const bufferLength = brand().isArrayBuffer(buffer) ? ArrayBufferPrototypeGetByteLength(buffer) :
      new IntrinsicUint8Array(buffer).length;
    const sub = this.varint() & 0xFF;
    const offset = this.varint();
    const length = this.varint();
    if (offset > bufferLength || length > bufferLength - offset) throw failure();
    const flags = this.version >= 14 ? this.varint() : 0;
    const id = this.nextId++;
    const tracking = (flags & kLengthTracking) !== 0;
    if (flags & (kLengthTracking | kBackedByRab)) {
      if (!brand().isArrayBuffer(buffer) || !ArrayBufferPrototypeGetResizable(buffer)) throw failure();
    }
    if (sub === kDataViewTag) {
      const dv = tracking ? new IntrinsicDataView(buffer, offset) : new IntrinsicDataView(buffer, offset, length);
      this.objects[id] = dv;
      return dv;
    }
    const Ctor = viewCtorsByTag[sub];
    if (Ctor === undefined) throw failure();
    const size = Ctor.BYTES_PER_ELEMENT;
    if (offset % size !== 0 || length % size !== 0) throw failure();
    const ta = tracking ? new Ctor(buffer, offset) : new Ctor(buffer, offset, length / size);
    this.objects[id] = ta;
    return ta;
  }

  error() {
    const id = this.nextId++;
    let Ctor = IntrinsicError;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (let done = false; !done;) {
      const t = this.varint() & 0xFF;
      switch (t) {
        case kEvalErrorPrototype: case kRangeErrorPrototype: case kReferenceErrorPrototype:
        case kSyntaxErrorPrototype: case kTypeErrorPrototype: case kUriErrorPrototype:
          Ctor = errorCtorsByTag[t];
          break;
        case kErrorMessage: message = this.string(); break;
        case kErrorStack: stack = this.string(); break;
        case kErrorCause: cause = this.object(); hasCause = true; break;
        case kErrorEnd: done = true; break;
        default: throw failure();
      }
    }
    const err = ReflectConstruct(Ctor, []);
    // Own properties as V8 makes them: stack, message, cause.
    ReflectDeleteProperty(err, 'stack');
    ReflectDeleteProperty(err, 'message');
    const hidden = { __proto__: null, value: stack, writable: true, enumerable: false, configurable: true };
    ObjectDefineProperty(err, 'stack', hidden);
    if (message !== undefined) {
      hidden.value = message;
      ObjectDefineProperty(err, 'message', hidden);
    }
    if (hasCause) {
      hidden.value = cause;
      ObjectDefineProperty(err, 'cause', hidden);
    }
    this.objects[id] = err;
    return err;
  }

  hostObject() {
    const id = this.nextId++;
    const fn = this.owner._readHostObject;
    if (typeof fn !== 'function') throw failure();
    const o = FunctionPrototypeCall(fn, this.owner);
    if (o === null || (typeof o !== 'object' && typeof o !== 'function')) {
      throw new IntrinsicTypeError('readHostObject must return an object');
    }
    this.objects[id] = o;
    return o;
  }
}

// ---------------------------------------------------------------------------
// The binding-level classes.

const writers = new IntrinsicWeakMap();
const readers = new IntrinsicWeakMap();

function writerOf(self) {
  const w = writers.get(self);
  if (w === undefined) throw illegalInvocation();
  return w;
}

function readerOf(self) {
  const r = readers.get(self);
  if (r === undefined) throw illegalInvocation();
  return r;
}

// ToNumber, with V8's message for a Symbol.
function toNumber(v) {
  if (typeof v === 'symbol') throw new IntrinsicTypeError('Cannot convert a Symbol value to a number');
  return +v;
}

function toUint32(v) {
  return toNumber(v) >>> 0;
}

function Serializer() {
  if (new.target === undefined) {
    throw plainError(IntrinsicTypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
                     "Class constructor Serializer cannot be invoked without 'new'");
  }
  writers.set(this, new Writer(this));
}

function Deserializer(buffer) {
  if (new.target === undefined) {
    throw plainError(IntrinsicTypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
                     "Class constructor Deserializer cannot be invoked without 'new'");
  }
  if (!brand().isArrayBufferView(buffer)) {
    throw plainError(IntrinsicTypeError, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
  }
  readers.set(this, new Reader(this, bytesOf(buffer)));
  this.buffer = buffer;
}

const serializerMethods = {
  writeHeader() {
    const w = writerOf(this);
    w.tag(kVersion);
    w.varint(kLatestVersion);
  },
  writeValue(value) {
    writerOf(this).value(value);
    return true;
  },
  releaseBuffer() {
    const w = writerOf(this);
    const { FastBuffer } = require('internal/buffer');
    // A buffer of exactly the bytes written, as Node's.
    const out = new FastBuffer(ArrayBufferPrototypeTransfer(w.buf.buffer, w.len));
    w.buf = new IntrinsicUint8Array(64);
    w.len = 0;
    return out;
  },
  transferArrayBuffer(id, arrayBuffer) {
    const w = writerOf(this);
    const n = toUint32(id);
    if (!brand().isArrayBuffer(arrayBuffer)) {
      throw plainError(IntrinsicTypeError, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer');
    }
    w.transfers.set(arrayBuffer, n);
  },
  writeUint32(value) {
    const w = writerOf(this);
    w.varint(toUint32(value));
  },
  writeUint64(hi, lo) {
    const w = writerOf(this);
    const h = toUint32(hi);
    const l = toUint32(lo);
    w.varint64((BigInt(h) << 32n) | BigInt(l));
  },
  writeDouble(value) {
    const w = writerOf(this);
    w.double(toNumber(value));
  },
  writeRawBytes(source) {
    const w = writerOf(this);
    if (!brand().isArrayBufferView(source)) {
      throw plainError(IntrinsicTypeError, 'ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    w.raw(bytesOf(source));
  },
  _setTreatArrayBufferViewsAsHostObjects(value) {
    writerOf(this).viewsAsHost = !!value;
  },
};

const deserializerMethods = {
  readHeader() {
    return readerOf(this).header();
  },
  readValue() {
    return readerOf(this).value();
  },
  getWireFormatVersion() {
    return readerOf(this).version;
  },
  transferArrayBuffer(id, arrayBuffer) {
    const r = readerOf(this);
    const n = toUint32(id);
    if (!brand().isAnyArrayBuffer(arrayBuffer)) {
      throw plainError(IntrinsicTypeError, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    MapPrototypeSet(r.transfers, n, arrayBuffer);
  },
  readUint32() {
    const v = readerOf(this).tryVarint();
    if (v === undefined) throw new IntrinsicError('ReadUint32() failed');
    return v;
  },
  readUint64() {
    const v = readerOf(this).tryVarint64();
    if (v === undefined) throw new IntrinsicError('ReadUint64() failed');
    return [Number(v >> 32n), Number(v & 0xFFFFFFFFn)];
  },
  readDouble() {
    const d = readerOf(this).tryDouble();
    if (d === undefined) throw new IntrinsicError('ReadDouble() failed');
    return d;
  },
  _readRawBytes(length) {
    const r = readerOf(this);
    const n = Math.trunc(toNumber(length));
    const at = r.tryRaw(n);
    if (at === undefined) throw new IntrinsicError('ReadRawBytes() failed');
    return at;
  },
};

// Methods are enumerable properties of the prototypes, as Node's are.
function install(proto, methods) {
  for (const name of ObjectKeys(methods)) {
    ObjectDefineProperty(proto, name, { __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true });
  }
}
for (const [C, methods] of [[Serializer, serializerMethods], [Deserializer, deserializerMethods]]) {
  // The constructor comes after the methods, as in Node's.
  ReflectDeleteProperty(C.prototype, 'constructor');
  install(C.prototype, methods);
  ObjectDefineProperty(C.prototype, 'constructor', { __proto__: null, value: C, writable: true, enumerable: false, configurable: true });
}

module.exports = { Serializer, Deserializer, describe };
