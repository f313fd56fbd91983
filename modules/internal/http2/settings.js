'use strict';
// HTTP/2 SETTINGS payloads: getPackedSettings and getUnpackedSettings.

const { Buffer } = require('buffer');
const { validateObject } = require('internal/validators');
const {
  codes: { ERR_HTTP2_INVALID_SETTING_VALUE, ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH,
    ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const MAX32 = 2 ** 32 - 1;
// [name, id, min, max, boolean]
const table = [
  ['headerTableSize', 1, 0, MAX32, false],
  ['enablePush', 2, 0, 1, true],
  ['maxConcurrentStreams', 3, 0, MAX32, false],
  ['initialWindowSize', 4, 0, 2 ** 31 - 1, false],
  ['maxFrameSize', 5, 16384, 2 ** 24 - 1, false],
  ['maxHeaderListSize', 6, 0, MAX32, false],
  ['enableConnectProtocol', 8, 0, 1, true],
];

function validateSettings(settings) {
  for (const [name, , min, max, bool] of table) {
    const v = settings[name];
    if (v === undefined) continue;
    if (bool) {
      if (typeof v !== 'boolean') throw new ERR_HTTP2_INVALID_SETTING_VALUE(name, v);
    } else if (typeof v !== 'number' || v < min || v > max || !Number.isInteger(v)) {
      throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, v, min, max);
    }
  }
}

function getPackedSettings(settings = {}) {
  validateObject(settings, 'settings');
  settings = { ...settings };
  if (settings.maxHeaderListSize === undefined && settings.maxHeaderSize !== undefined) {
    settings.maxHeaderListSize = settings.maxHeaderSize;
  }
  validateSettings(settings);
  const out = [];
  for (const [name, id, , , bool] of table) {
    const v = settings[name];
    if (v === undefined) continue;
    const b = Buffer.alloc(6);
    b.writeUInt16BE(id, 0);
    b.writeUInt32BE(bool ? +v : v, 2);
    out.push(b);
  }
  return Buffer.concat(out);
}

function getUnpackedSettings(buf, options = {}) {
  if (!(buf instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.length % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const settings = {};
  for (let off = 0; off < b.length; off += 6) {
    const id = b.readUInt16BE(off);
    const value = b.readUInt32BE(off + 2);
    const row = table.find((r) => r[1] === id);
    if (!row) continue;
    if (row[4]) settings[row[0]] = value !== 0;
    else settings[row[0]] = value;
    if (id === 6) settings.maxHeaderSize = value;
  }
  if (options != null && typeof options === 'object' && options.validate) validateSettings(settings);
  return settings;
}

module.exports = { getPackedSettings, getUnpackedSettings };
