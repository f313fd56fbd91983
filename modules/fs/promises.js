'use strict';

// fs/promises: the promise-based file-system API.

module.exports = require('internal/fs/promises').exports;
