'use strict';
// The deprecated constants module: os and fs constants in one object.
const os = require('os');
const fs = require('fs');
module.exports = Object.assign({}, os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants);
