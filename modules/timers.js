'use strict';

const t = require('internal/timers');

let promises;

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  active(item) { t.active(item); },
  unenroll(item) { t.unenroll(item); },
  enroll(item, msecs) {
    if (item._idleTimeout) t.unenroll(item);
    item._idleTimeout = msecs;
    item._idleNext = item;
    item._idlePrev = item;
  },
  get promises() {
    if (promises === undefined) promises = require('timers/promises');
    return promises;
  },
};
