'use strict';
// TextEncoder / TextDecoder (WHATWG Encoding Standard): UTF-8, UTF-16LE,
// UTF-16BE and windows-1252 (decoded as Latin-1, as Node does).

const {
  codec,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_ENCODING_NOT_SUPPORTED,
  },
  plainError,
  isUint8Array,
  isAnyArrayBuffer,
  inspect,
} = require('internal/buffer');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// TextEncoder

const kEncoder = Symbol('kEncoder');

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

class TextEncoder {
  constructor() {
    Object.defineProperty(this, kEncoder, { __proto__: null, value: true });
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    input = `${input}`;
    const n = codec.byteLengthUtf8(input);
    const out = new Uint8Array(n);
    if (n > 0) codec.utf8Write(out, input, 0, n);
    return out;
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const written = codec.utf8Write(dest, src, 0, dest.length);
    // Count the UTF-16 units that produced `written` bytes.
    let read = 0;
    let bytes = 0;
    const len = src.length;
    while (read < len && bytes < written) {
      const c = src.charCodeAt(read);
      if (c < 0x80) { bytes += 1; read += 1; continue; }
      if (c < 0x800) { bytes += 2; read += 1; continue; }
      if (c >= 0xd800 && c <= 0xdbff && read + 1 < len) {
        const d = src.charCodeAt(read + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { bytes += 4; read += 2; continue; }
      }
      bytes += 3;
      read += 1;
    }
    return { read, written };
  }

  [customInspectSymbol](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { __proto__: { constructor: TextEncoder } };
    obj.encoding = this.encoding;
    return inspect(obj, opts);
  }
}

for (const k of ['encoding', 'encode', 'encodeInto']) {
  const d = Object.getOwnPropertyDescriptor(TextEncoder.prototype, k);
  d.enumerable = true;
  Object.defineProperty(TextEncoder.prototype, k, d);
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'TextEncoder',
});

// ---------------------------------------------------------------------------
// TextDecoder

const labels = {
  __proto__: null,
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252'],
};
const labelMap = new Map();
for (const enc of Object.keys(labels)) for (const l of labels[enc]) labelMap.set(l, enc);

function getEncodingFromLabel(label) {
  const direct = labelMap.get(label);
  if (direct !== undefined) return direct;
  return labelMap.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

const kState = Symbol('kState');

function validateDecoder(obj) {
  if (obj == null || typeof obj !== 'object' || obj[kState] === undefined) {
    throw new ERR_INVALID_THIS('TextDecoder');
  }
}

function validateOptions(options, name) {
  if (options !== null && options !== undefined && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', options);
  }
}

const EMPTY = new Uint8Array(0);
const u8Slice = Uint8Array.prototype.slice;

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// Length of a valid-but-incomplete UTF-8 sequence at the end of bytes.
function utf8PendingTail(bytes) {
  const len = bytes.length;
  for (let k = 1; k <= 3 && k <= len; k++) {
    const b = bytes[len - k];
    if ((b & 0xc0) === 0x80) continue;
    let need = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 2;
    else if (b >= 0xe0 && b <= 0xef) need = 3;
    else if (b >= 0xf0 && b <= 0xf4) need = 4;
    if (need <= k) return 0;
    if (k >= 2) {
      const b1 = bytes[len - k + 1];
      const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (b1 < lo || b1 > hi) return 0;
    }
    return k;
  }
  return 0;
}

function hasLoneSurrogate(str) {
  if (typeof str.isWellFormed === 'function') return !str.isWellFormed();
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(str);
}
function replaceLoneSurrogates(str) {
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function swapBytes(bytes, n) {
  const out = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i += 2) { out[i] = bytes[i + 1]; out[i + 1] = bytes[i]; }
  return out;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateOptions(options, 'options');
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    Object.defineProperty(this, kState, {
      __proto__: null,
      value: {
        encoding: enc,
        fatal: Boolean(options?.fatal),
        ignoreBOM: Boolean(options?.ignoreBOM),
        pending: EMPTY,
        bomSeen: false,
        utf8FastPath: enc === 'utf-8',
      },
    });
  }

  get encoding() {
    validateDecoder(this);
    return this[kState].encoding;
  }

  get fatal() {
    validateDecoder(this);
    return this[kState].fatal;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return this[kState].ignoreBOM;
  }

  decode(input = EMPTY, options = {}) {
    validateDecoder(this);
    const st = this[kState];
    // Node decodes UTF-8 on a fast path until the decoder first streams;
    // the paths differ in argument checks and messages.
    if (st.utf8FastPath && options?.stream) st.utf8FastPath = false;
    let inputMessage;
    let stream = false;
    if (st.utf8FastPath) {
      inputMessage = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
    } else if (st.encoding === 'windows-1252') {
      inputMessage = 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.';
    } else {
      validateOptions(options, 'options');
      stream = options !== null && options !== undefined && Boolean(options.stream);
      inputMessage = 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
    }
    let bytes;
    if (isUint8Array(input)) {
      bytes = input;
    } else if (ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else if (isAnyArrayBuffer(input)) {
      bytes = new Uint8Array(input);
    } else {
      throw plainError(TypeError, 'ERR_INVALID_ARG_TYPE', inputMessage);
    }
    if (st.pending.length > 0) bytes = concatBytes(st.pending, bytes);
    st.pending = EMPTY;

    let out;
    try {
      switch (st.encoding) {
        case 'utf-8': out = decodeUtf8(st, bytes, stream); break;
        case 'utf-16le': out = decodeUtf16(st, bytes, stream, false); break;
        case 'utf-16be': out = decodeUtf16(st, bytes, stream, true); break;
        default: out = codec.latin1Slice(bytes, 0, bytes.length);
      }
    } catch (err) {
      st.pending = EMPTY;
      st.bomSeen = false;
      throw err;
    }

    if (!st.bomSeen && out.length > 0) {
      st.bomSeen = true;
      if (!st.ignoreBOM && out.charCodeAt(0) === 0xfeff && st.encoding !== 'windows-1252') out = out.slice(1);
    }
    if (!stream) {
      st.bomSeen = false;
      st.pending = EMPTY;
    }
    return out;
  }

  [customInspectSymbol](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { __proto__: { constructor: TextDecoder } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    return `TextDecoder ${inspect(obj)}`;
  }
}

function decodeUtf8(st, bytes, stream) {
  let end = bytes.length;
  if (stream) {
    const tail = utf8PendingTail(bytes);
    if (tail > 0) {
      end -= tail;
      st.pending = u8Slice.call(bytes, end);
    }
  }
  if (st.fatal && !codec.isUtf8(bytes, 0, end)) {
    throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
  }
  return codec.utf8Slice(bytes, 0, end);
}

function decodeUtf16(st, bytes, stream, bigEndian) {
  let end = bytes.length;
  let tailBad = false;
  if (end & 1) {
    if (stream) {
      st.pending = u8Slice.call(bytes, end - 1);
    } else {
      tailBad = true;
    }
    end -= 1;
  }
  if (end >= 2) {
    // A high surrogate at the end waits for its pair.
    const hi = bigEndian ? bytes[end - 2] : bytes[end - 1];
    if ((hi & 0xfc) === 0xd8) {
      if (stream) {
        st.pending = u8Slice.call(bytes, end - 2);
        end -= 2;
      } else if (tailBad) {
        // The truncated surrogate and the stray byte make one bad sequence.
        end -= 2;
      }
    }
  }
  const src = bigEndian ? swapBytes(bytes, end) : bytes;
  let out = codec.ucs2Slice(src, 0, end);
  if (hasLoneSurrogate(out)) {
    if (st.fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(st.encoding);
    out = replaceLoneSurrogates(out);
  }
  if (tailBad) {
    if (st.fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(st.encoding);
    out += '\ufffd';
  }
  return out;
}

for (const k of ['encoding', 'fatal', 'ignoreBOM', 'decode']) {
  const d = Object.getOwnPropertyDescriptor(TextDecoder.prototype, k);
  d.enumerable = true;
  Object.defineProperty(TextDecoder.prototype, k, d);
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'TextDecoder',
});

module.exports = {
  TextEncoder,
  TextDecoder,
  getEncodingFromLabel,
};
