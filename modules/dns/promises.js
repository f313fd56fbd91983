'use strict';
const { stubModule } = require('internal/not_implemented');
module.exports = stubModule('dns.promises', {
  functions: ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
    'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
    'resolveTxt', 'reverse', 'setServers', 'getServers', 'setDefaultResultOrder', 'getDefaultResultOrder'],
  classes: ['Resolver'],
});
