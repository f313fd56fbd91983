'use strict';
// internal/http: symbols and helpers the http modules share.

let utcCache;
function utcDate() {
  if (!utcCache) {
    utcCache = new Date().toUTCString();
    const t = setTimeout(resetCache, 1000 - new Date().getMilliseconds());
    if (t.unref) t.unref();
  }
  return utcCache;
}
function resetCache() { utcCache = undefined; }

function emitStatistics() {}

module.exports = {
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  kProxySocket: Symbol('kProxySocket'),
  utcDate,
  emitStatistics,
};
