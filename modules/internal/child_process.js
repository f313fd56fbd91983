'use strict';
// internal/child_process: Node's name for the ChildProcess class and the
// synchronous spawn; child_process calls spawnSync through this object.

module.exports = require('internal/child_process/wrap');
