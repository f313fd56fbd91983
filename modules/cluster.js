'use strict';
// cluster: the primary forks workers (child_process.fork plus Node's
// NODE_CLUSTER internal messages); a worker's listen() asks the primary,
// which either listens itself and hands each accepted connection to the
// next worker (round-robin, the default on Linux) or sends the listening
// handle to share. The side is chosen by NODE_UNIQUE_ID.
const childOrPrimary = Object.prototype.hasOwnProperty.call(process.env, 'NODE_UNIQUE_ID') ? 'child' : 'primary';
module.exports = require(`internal/cluster/${childOrPrimary}`);
