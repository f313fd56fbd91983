'use strict';
// `assert/strict`: assert in strict mode (same object as require('assert').strict).

module.exports = require('assert').strict;
