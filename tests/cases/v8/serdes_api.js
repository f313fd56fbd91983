'use strict';
// v8.Serializer / v8.Deserializer: the raw API, host objects, transfer,
// and their errors.
const v8 = require('v8');

function tryIt(name, fn) {
  try {
    const r = fn();
    console.log(name, 'ok', r);
  } catch (e) {
    console.log(name, 'throws', e.name, e.code, e.message);
  }
}

console.log(typeof v8.Serializer, typeof v8.Deserializer, v8.Serializer.length, v8.Deserializer.length);
console.log(Object.keys(v8.Serializer.prototype));
console.log(Object.keys(v8.Deserializer.prototype));
console.log(Object.getOwnPropertyNames(v8.DefaultSerializer.prototype), Object.getOwnPropertyNames(v8.DefaultDeserializer.prototype));
console.log(v8.Serializer.prototype._getDataCloneError === Error);
console.log(new v8.DefaultSerializer() instanceof v8.Serializer, new v8.DefaultDeserializer(Buffer.alloc(0)) instanceof v8.Deserializer);

{
  const s = new v8.Serializer();
  s.writeHeader();
  console.log('writeValue returns', s.writeValue({ a: 1 }));
  s.writeUint32(300);
  s.writeUint32(-1);
  s.writeUint32('7');
  s.writeUint64(1, 2);
  s.writeUint64(0xffffffff, 0xffffffff);
  s.writeDouble(1.5);
  s.writeDouble('2');
  s.writeRawBytes(Buffer.from('raw'));
  s.writeRawBytes(new DataView(new Uint8Array([0xaa, 0xbb]).buffer));
  const buf = s.releaseBuffer();
  console.log('raw api', buf.toString('hex'), Buffer.isBuffer(buf));
  console.log('after release', s.releaseBuffer().length);
  const d = new v8.Deserializer(buf);
  console.log('readHeader', d.readHeader(), d.getWireFormatVersion());
  console.log('readValue', d.readValue());
  console.log('readUint32', d.readUint32(), d.readUint32(), d.readUint32());
  console.log('readUint64', d.readUint64(), d.readUint64());
  console.log('readDouble', d.readDouble(), d.readDouble());
  console.log('readRawBytes', d.readRawBytes(3).toString(), d._readRawBytes(2));
  console.log('buffer prop', d.buffer === buf, Object.keys(d));
  tryIt('readUint32 at end', () => d.readUint32());
  tryIt('readUint64 at end', () => d.readUint64());
  tryIt('readDouble at end', () => d.readDouble());
  tryIt('readRawBytes at end', () => d.readRawBytes(1));
  tryIt('readValue at end', () => d.readValue());
}

// Host objects through a subclass.
class Thing {
  constructor(n) { this.n = n; }
}
class ThingSerializer extends v8.Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }
  _writeHostObject(obj) {
    this.writeUint32(obj.length);
    this.writeRawBytes(obj);
  }
}
class ThingDeserializer extends v8.Deserializer {
  _readHostObject() {
    const n = this.readUint32();
    return { bytes: [...this.readRawBytes(n)] };
  }
}
{
  const s = new ThingSerializer();
  s.writeHeader();
  s.writeValue([new Uint8Array([5, 6]), new Thing(1)]);
  const b = s.releaseBuffer();
  console.log('host', b.toString('hex'));
  const d = new ThingDeserializer(b);
  d.readHeader();
  console.log('host back', JSON.stringify(d.readValue()));
}

// Without _writeHostObject / _readHostObject.
tryIt('no _writeHostObject', () => {
  const s = new v8.Serializer();
  s._setTreatArrayBufferViewsAsHostObjects(true);
  return s.writeValue(new Uint8Array(1));
});
tryIt('no _readHostObject', () => new v8.Deserializer(Buffer.from('ff0f5c00', 'hex')).readValue());
tryIt('no header, legacy host', () => {
  class D extends v8.Deserializer { _readHostObject() { return 5; } }
  return new D(Buffer.from('ff0f', 'hex')).readValue();
});
tryIt('host returns object', () => {
  class D extends v8.Deserializer { _readHostObject() { return { host: this.readUint32() }; } }
  const d = new D(Buffer.from('ff0f5c07', 'hex'));
  d.readHeader();
  return d.readValue();
});

// _getDataCloneError and _getSharedArrayBufferId.
class CustomErrors extends v8.Serializer {
  _getDataCloneError(message) { return new RangeError(`custom: ${message}`); }
}
tryIt('custom clone error', () => new CustomErrors().writeValue(Symbol('q')));
tryIt('custom clone error fn', () => new CustomErrors().writeValue({ f() {} }));
tryIt('sab without id', () => new CustomErrors().writeValue(new SharedArrayBuffer(2)));
{
  class SabSer extends v8.Serializer {
    _getSharedArrayBufferId(sab) { return sab.byteLength + 40; }
  }
  const s = new SabSer();
  s.writeHeader();
  s.writeValue([new SharedArrayBuffer(2)]);
  console.log('sab id', s.releaseBuffer().toString('hex'));
}

// Transfers.
{
  const s = new v8.Serializer();
  const ab = new ArrayBuffer(4);
  s.transferArrayBuffer(3, ab);
  s.writeHeader();
  s.writeValue([ab, new Uint8Array(ab, 1)]);
  const b = s.releaseBuffer();
  console.log('transfer', b.toString('hex'));
  const d = new v8.Deserializer(b);
  const target = new ArrayBuffer(4);
  d.transferArrayBuffer(3, target);
  d.readHeader();
  const v = d.readValue();
  console.log('transfer back', v[0] === target, v[1].buffer === target, v[1].byteOffset);
  tryIt('transfer missing', () => { const d2 = new v8.Deserializer(b); d2.readHeader(); return d2.readValue(); });
}

// Bad arguments.
tryIt('Serializer()', () => v8.Serializer());
tryIt('Deserializer()', () => v8.Deserializer(Buffer.alloc(0)));
tryIt('Deserializer(1)', () => new v8.Deserializer(1));
tryIt('Deserializer(ArrayBuffer)', () => new v8.Deserializer(new ArrayBuffer(1)));
tryIt('Deserializer(string)', () => new v8.Deserializer('ff0f'));
tryIt('writeRawBytes(1)', () => new v8.Serializer().writeRawBytes(1));
tryIt('writeRawBytes([])', () => new v8.Serializer().writeRawBytes([1]));
tryIt('transferArrayBuffer(1, 2)', () => new v8.Serializer().transferArrayBuffer(1, 2));
tryIt('transferArrayBuffer(1, view)', () => new v8.Serializer().transferArrayBuffer(1, new Uint8Array(1)));
tryIt('des transferArrayBuffer(1, 2)', () => new v8.Deserializer(Buffer.alloc(0)).transferArrayBuffer(1, 2));
tryIt('des transferArrayBuffer sab', () => new v8.Deserializer(Buffer.alloc(0)).transferArrayBuffer(1, new SharedArrayBuffer(1)));
tryIt('writeUint32(symbol)', () => new v8.Serializer().writeUint32(Symbol()));
tryIt('illegal invocation', () => v8.Serializer.prototype.writeHeader.call({}));
tryIt('illegal invocation des', () => v8.Deserializer.prototype.readValue.call({}));
tryIt('readHeader empty', () => new v8.Deserializer(Buffer.alloc(0)).readHeader());
tryIt('readHeader no tag', () => new v8.Deserializer(Buffer.from([0x49, 2])).readHeader());
for (let v = 11; v <= 16; v++) {
  tryIt(`version ${v}`, () => { const d = new v8.Deserializer(Buffer.from([0xff, v, 0x49, 4])); d.readHeader(); return [d.getWireFormatVersion(), d.readValue()]; });
}
tryIt('long version varint', () => { const d = new v8.Deserializer(Buffer.from([0xff, 0x8f, 0x80, 0x00, 0x5f])); d.readHeader(); return [d.getWireFormatVersion(), d.readValue()]; });
tryIt('serialize no args', () => v8.serialize().toString('hex'));
tryIt('deserialize string', () => v8.deserialize('ff0f5f'));
tryIt('deserialize view', () => v8.deserialize(new Uint8Array([0xff, 0x0f, 0x54])));
tryIt('deserialize dataview', () => v8.deserialize(new DataView(new Uint8Array([0, 0xff, 0x0f, 0x46]).buffer, 1)));
tryIt('unknown host kind', () => v8.deserialize(Buffer.from('ff0f5c0d026869', 'hex')));
tryIt('unserializable host kind', () => v8.serialize(new (class extends Uint8Array {})(1)).toString('hex'));

// Several values and headers in one buffer.
{
  const s = new v8.DefaultSerializer();
  s.writeHeader();
  s.writeValue(1);
  s.writeValue('two');
  s.writeValue(Buffer.from('3'));
  const b = s.releaseBuffer();
  console.log('multi', b.toString('hex'));
  const d = new v8.DefaultDeserializer(b);
  d.readHeader();
  console.log('multi back', d.readValue(), d.readValue(), d.readValue());
}

// Unaligned views are copied by DefaultDeserializer.
{
  const s = new v8.DefaultSerializer();
  s.writeHeader();
  s.writeValue('x');
  s.writeValue(new Float64Array([1.5, 2.5]));
  const b = s.releaseBuffer();
  const padded = Buffer.alloc(b.length + 3);
  b.copy(padded, 3);
  for (const start of [0, 1, 2, 3]) {
    const view = new Uint8Array(padded.buffer, padded.byteOffset + start, b.length);
    if (start !== 3) continue;
    const d = new v8.DefaultDeserializer(view);
    d.readHeader();
    d.readValue();
    const f = d.readValue();
    console.log('unaligned', f.constructor.name, [...f], f.byteOffset % 8);
  }
}
