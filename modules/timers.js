'use strict';

const t = require('internal/timers');
const { deprecate } = require('internal/util');
const { validateNumber } = require('internal/validators');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

let promises;

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  // The legacy timer API on plain objects (deprecated, still used).
  active: deprecate(function active(item) { t.active(item); },
                    'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  _unrefActive: deprecate(function _unrefActive(item) { t.unrefActive(item); },
                          'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  unenroll: deprecate(function unenroll(item) { t.unenroll(item); },
                      'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(function enroll(item, msecs) {
    validateNumber(msecs, 'msecs');
    if (msecs < 0 || !Number.isFinite(msecs)) {
      throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
    }
    if (msecs > t.TIMEOUT_MAX) {
      process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
        `\nTimer duration was truncated to ${t.TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
      msecs = t.TIMEOUT_MAX;
    }
    if (item._idleNext) t.unenroll(item);
    item._idleTimeout = msecs;
    item._idleNext = item;
    item._idlePrev = item;
    item._destroyed = false;
  }, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
  get promises() {
    if (promises === undefined) promises = require('timers/promises');
    return promises;
  },
};
