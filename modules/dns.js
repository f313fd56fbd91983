'use strict';
// dns is not implemented in wqnode yet: the module loads, and its APIs
// throw ERR_NOT_IMPLEMENTED naming themselves.
const { stubModule } = require('internal/not_implemented');
module.exports = stubModule('dns', { functions: ['lookup','lookupService','resolve','resolve4','resolve6','resolveAny','resolveCaa','resolveCname','resolveMx','resolveNaptr','resolveNs','resolvePtr','resolveSoa','resolveSrv','resolveTxt','reverse','setServers','getServers','setDefaultResultOrder','getDefaultResultOrder'], classes: ['Resolver'] });
