'use strict';
// trace_events is not implemented in wqnode yet: the module loads, and its APIs
// throw ERR_NOT_IMPLEMENTED naming themselves.
const { stubModule } = require('internal/not_implemented');
module.exports = stubModule('trace_events', { functions: ['createTracing','getEnabledCategories'], classes: [] });
