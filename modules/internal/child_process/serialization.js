'use strict';
// The IPC channel's serializations, by name: how messages are framed on the
// channel and read back. 'json' writes each message as JSON and a newline;
// 'advanced' writes a 4-byte big-endian length and the message in V8's
// serializer format (see v8.js), so both interoperate with Node. The
// host splits what is read into messages (hostnet/ipc_framing.go).

const { FastBuffer } = require('internal/buffer');

const ipcWrap = internalBinding('ipc_wrap');

// Each serialization names its framing (done by the host: ipc_wrap's
// setFraming delivers a read's complete messages at once), decodes one
// framed message and writes one.
const json = {
  framing: 1,

  // A line, as a string (the host split the stream at newlines).
  decode(line) {
    return JSON.parse(line);
  },

  // (ipc.js writes a message without a handle itself, as a line.)
  writeChannelMessage(channel, req, message, handle) {
    let string = JSON.stringify(message);
    if (typeof string !== 'string') string = `${string}`;
    return channel.writeUtf8String(req, string + '\n', handle);
  },
};

let serializers;
// The serializer classes 'advanced' uses: v8's defaults, with a leading
// 0 before a view (Node's numbering of host objects on the channel; 1
// would be any other host object, which wqnode has none of).
function getSerializers() {
  if (serializers !== undefined) return serializers;
  const v8 = require('v8');
  const kArrayBufferViewTag = 0;
  const kNotArrayBufferViewTag = 1;
  class ChildProcessSerializer extends v8.DefaultSerializer {
    _writeHostObject(object) {
      if (ArrayBuffer.isView(object)) {
        this.writeUint32(kArrayBufferViewTag);
        return super._writeHostObject(object);
      }
      this.writeUint32(kNotArrayBufferViewTag);
      this.writeValue({ ...object });
    }
  }
  class ChildProcessDeserializer extends v8.DefaultDeserializer {
    _readHostObject() {
      const tag = this.readUint32();
      if (tag === kArrayBufferViewTag) return super._readHostObject();
      if (tag !== kNotArrayBufferViewTag) throw new Error('Unable to deserialize cloned data.');
      return this.readValue();
    }
  }
  serializers = { ChildProcessSerializer, ChildProcessDeserializer };
  return serializers;
}

const advanced = {
  framing: 2,

  // A message's bytes (an ArrayBuffer, without its size).
  decode(body) {
    const { ChildProcessDeserializer } = getSerializers();
    const d = new ChildProcessDeserializer(new FastBuffer(body, 0, body.byteLength));
    d.readHeader();
    return d.readValue();
  },

  writeChannelMessage(channel, req, message, handle) {
    const { ChildProcessSerializer } = getSerializers();
    const ser = new ChildProcessSerializer();
    // The size is filled in once the message is written.
    ser.writeRawBytes(new Uint8Array(4));
    ser.writeHeader();
    ser.writeValue(message);
    const buf = ser.releaseBuffer();
    buf.writeUInt32BE(buf.length - 4, 0);
    if (handle) return channel.writeBuffer(req, buf, handle);
    // req.async is 2 for a write queued past the high-water mark
    const r = ipcWrap.writeBuffer(channel._id, buf, (status) => {
      if (typeof req.oncomplete === 'function') req.oncomplete(status);
    });
    if (r === 1 || r === 2) {
      req.async = r === 2 ? 2 : true;
      return 0;
    }
    req.async = false;
    return r;
  },
};

module.exports = { json, advanced };
