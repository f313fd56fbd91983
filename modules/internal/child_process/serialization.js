'use strict';
// The IPC channel's serializations, by name: how messages are framed on the
// channel and read back. 'json' writes each message as JSON and a newline;
// 'advanced' writes a 4-byte big-endian length and the message in V8's
// serializer format (see v8.js), so both interoperate with Node.

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');

const kJSONBuffer = Symbol('kJSONBuffer');
const kStringDecoder = Symbol('kStringDecoder');
const kMessageBuffer = Symbol('kMessageBuffer');
const kMessageBufferSize = Symbol('kMessageBufferSize');

const json = {
  initMessageChannel(channel) {
    channel[kJSONBuffer] = '';
    channel[kStringDecoder] = undefined;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;
    if (channel[kStringDecoder] === undefined) channel[kStringDecoder] = new StringDecoder('utf8');
    const chunks = channel[kStringDecoder].write(readData).split('\n');
    const complete = chunks.length - 1;
    const incomplete = chunks[complete];
    if (complete === 0) {
      channel[kJSONBuffer] += incomplete;
      channel.buffering = channel[kJSONBuffer].length !== 0;
      return;
    }
    chunks[0] = channel[kJSONBuffer] + chunks[0];
    channel[kJSONBuffer] = incomplete;
    channel.buffering = incomplete.length !== 0;
    for (let i = 0; i < complete; i++) yield JSON.parse(chunks[i]);
  },

  writeChannelMessage(channel, req, message, handle) {
    const string = JSON.stringify(message) + '\n';
    return channel.writeUtf8String(req, string, handle);
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
  initMessageChannel(channel) {
    channel[kMessageBuffer] = [];
    channel[kMessageBufferSize] = 0;
    channel.buffering = false;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;
    channel[kMessageBuffer].push(readData);
    channel[kMessageBufferSize] += readData.length;
    // Each message: a 4-byte big-endian size, then that many bytes.
    while (channel[kMessageBufferSize] >= 4) {
      let head = channel[kMessageBuffer][0];
      if (head.length < 4) {
        const all = Buffer.concat(channel[kMessageBuffer]);
        channel[kMessageBuffer] = [all];
        head = all;
      }
      const size = head.readUInt32BE(0);
      if (channel[kMessageBufferSize] < 4 + size) break;
      const all = channel[kMessageBuffer].length === 1 ? head : Buffer.concat(channel[kMessageBuffer]);
      const body = all.subarray(4, 4 + size);
      const rest = all.subarray(4 + size);
      channel[kMessageBuffer] = rest.length ? [rest] : [];
      channel[kMessageBufferSize] = rest.length;
      const { ChildProcessDeserializer } = getSerializers();
      const d = new ChildProcessDeserializer(body);
      d.readHeader();
      yield d.readValue();
    }
    channel.buffering = channel[kMessageBufferSize] > 0;
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
    return channel.writeBuffer(req, buf, handle);
  },
};

module.exports = { json, advanced };
