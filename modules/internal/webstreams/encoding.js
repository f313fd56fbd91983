'use strict';
// TextEncoderStream and TextDecoderStream.

const { kState, kType, checkThis, customInspect, makeEnumerable } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

class TextEncoderStream {
  constructor() {
    const { TextEncoder } = require('internal/encoding');
    const encoder = new TextEncoder();
    let pending = '';
    this[kType] = 'TextEncoderStream';
    this[kState] = {
      encoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          let str = pending + `${chunk}`;
          pending = '';
          if (str.length === 0) return;
          const last = str.charCodeAt(str.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pending = str[str.length - 1];
            str = str.slice(0, -1);
          }
          if (str.length > 0) controller.enqueue(encoder.encode(str));
        },
        flush(controller) {
          if (pending) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        },
      }),
    };
  }

  get encoding() {
    checkThis(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    checkThis(this, 'TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkThis(this, 'TextEncoderStream');
    return this[kState].transform.writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this.readable,
      writable: this.writable,
    }, depth, options);
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const { TextDecoder } = require('internal/encoding');
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const value = decoder.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush(controller) {
          const value = decoder.decode();
          if (value) controller.enqueue(value);
          controller.terminate();
        },
      }),
    };
  }

  get encoding() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].transform.writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'TextDecoderStream', {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    }, depth, options);
  }
}

makeEnumerable(TextEncoderStream, ['encoding', 'readable', 'writable']);
makeEnumerable(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
