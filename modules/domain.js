'use strict';
// domain is not implemented in wqnode yet: the module loads, and its APIs
// throw ERR_NOT_IMPLEMENTED naming themselves.
const { stubModule } = require('internal/not_implemented');
module.exports = stubModule('domain', { functions: ['create','createDomain'], classes: ['Domain'] });
