'use strict';
// v8: heap statistics from the engine's linear memory, and V8's value
// serializer (internal/v8serial): Serializer/Deserializer as the engine
// offers them, DefaultSerializer/DefaultDeserializer writing Buffers and
// other views as host objects the way Node does (so a pooled Buffer's
// neighbours never travel), serialize/deserialize on those.

const { stubFunction } = require('internal/not_implemented');
const { Serializer, Deserializer } = require('internal/v8serial');
const { FastBuffer } = require('internal/buffer');
const { Buffer } = require('buffer');

function getHeapStatistics() {
  const { heapTotal, heapUsed, external } = process.memoryUsage();
  return {
    total_heap_size: heapTotal, total_heap_size_executable: 0, total_physical_size: heapTotal,
    total_available_size: 2 ** 31 - heapUsed, used_heap_size: heapUsed, heap_size_limit: 2 ** 31,
    malloced_memory: external, peak_malloced_memory: external, does_zap_garbage: 0,
    number_of_native_contexts: 1, number_of_detached_contexts: 0, total_global_handles_size: 0,
    used_global_handles_size: 0, external_memory: external,
  };
}

Serializer.prototype._getDataCloneError = Error;

Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

// The host-object numbering of views, as Node writes it: the index of the
// view's kind, its byte length, its bytes.
const viewKinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array];
const kBufferKind = 10;
const viewKindByTag = new Map();
for (let i = 0; i < viewKinds.length; i++) {
  if (i !== kBufferKind) viewKindByTag.set(Object.prototype.toString.call(new viewKinds[i](new ArrayBuffer(0))), i);
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    let kind = kBufferKind;
    if (view.constructor !== Buffer) {
      kind = viewKindByTag.get(Object.prototype.toString.call(view));
      if (kind === undefined) {
        const { inspect } = require('internal/util/inspect');
        throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
      }
    }
    this.writeUint32(kind);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const kind = this.readUint32();
    const Ctor = viewKinds[kind];
    const byteLength = this.readUint32();
    const at = this._readRawBytes(byteLength);
    if (Ctor === undefined) throw new TypeError("Cannot read properties of undefined (reading 'BYTES_PER_ELEMENT')");
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + at;
    if (offset % size === 0) return new Ctor(this.buffer.buffer, offset, byteLength / size);
    // Unaligned for its kind: copied to a fresh buffer first.
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new Ctor(copy.buffer, copy.byteOffset, byteLength / size);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const des = new DefaultDeserializer(buffer);
  des.readHeader();
  return des.readValue();
}

module.exports = {
  cachedDataVersionTag() { return 0; },
  getHeapStatistics,
  getHeapSpaceStatistics() { return []; },
  getHeapCodeStatistics() { return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 }; },
  getHeapSnapshot: stubFunction('v8.getHeapSnapshot'),
  writeHeapSnapshot: stubFunction('v8.writeHeapSnapshot'),
  setFlagsFromString() {},
  setHeapSnapshotNearHeapLimit() {},
  takeCoverage() {},
  stopCoverage() {},
  serialize,
  deserialize,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  promiseHooks: { onInit() {}, onSettled() {}, onBefore() {}, onAfter() {}, createHook() { return () => {}; } },
  startupSnapshot: { isBuildingSnapshot() { return false; } },
};
