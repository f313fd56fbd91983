'use strict';
// Default highWaterMark values and the option parser shared by
// ReadableState and WritableState.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  const { validateInteger } = require('internal/streams/utils');
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// options.highWaterMark wins; a duplex side may use its own
// readableHighWaterMark / writableHighWaterMark.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  let name = 'options.highWaterMark';
  if (hwm == null && isDuplex) {
    hwm = options[duplexKey];
    name = `options.${duplexKey}`;
  }
  if (hwm != null) {
    if (typeof hwm !== 'number' || !Number.isInteger(hwm) || hwm < 0) {
      throw new ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
