// A well-behaved CommonJS plugin.
const log = require('host:log');
exports.transform = (s) => {
  log.info('upper', s.length);
  return s.toUpperCase();
};
