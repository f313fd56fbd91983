'use strict';
// rr_and_shared.js with schedulingPolicy 'none': the primary sends each
// worker the listening handle itself.
const cluster = require('node:cluster');
if (cluster.isPrimary) cluster.schedulingPolicy = cluster.SCHED_NONE;
require('./rr_and_shared.js');
