'use strict';
// dns: lookup (getaddrinfo: /etc/hosts, then DNS), lookupService, and the
// Resolver's queries for every record type Node has, as Node 20
// documents them. dns.promises is the same over promises.

const core = require('internal/dns_core');
const { validateFunction, validateString } = require('internal/validators');
const { DNSException, codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { isIP } = require('internal/net');

function lookup(hostname, options, callback) {
  // Node's order: the hostname, then the callback (where a bad options
  // value stands when there are two arguments), then the options.
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else if (options !== undefined && typeof options !== 'object' && typeof options !== 'number') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
  }
  validateFunction(callback, 'callback');
  const a = core.lookupArgs(hostname, options);
  core.lookupRaw(a, (err, list) => {
    if (err) return callback(err);
    if (a.all) return callback(null, list);
    if (list.length === 0) return callback(null, null, a.family === 6 ? 6 : 4);
    callback(null, list[0].address, list[0].family);
  });
  return {};
}
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, configurable: true, enumerable: false,
  get() { return require('dns/promises').lookup; },
});

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  port = core.validateService(address, port);
  validateFunction(callback, 'callback');
  const err = core.lookupServiceRaw(address, port, callback);
  if (err) throw err;
  return {};
}

const types = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TXT'];
const methodOf = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TXT: 'resolveTxt',
};

class Resolver extends core.ResolverBase {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (rrtype === undefined) {
      rrtype = 'A';
    } else {
      validateString(rrtype, 'rrtype');
    }
    const m = methodOf[rrtype];
    if (m === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return this[m](hostname, callback);
  }

  reverse(ip, callback) {
    validateString(ip, 'name');
    validateFunction(callback, 'callback');
    if (!isIP(ip)) {
      throw DNSException(-22, 'getHostByAddr', ip);
    }
    this._query('PTR', core.reverseName(ip), false, callback, 'getHostByAddr', ip);
    return {};
  }
}

for (const t of types) {
  Resolver.prototype[methodOf[t]] = {
    [methodOf[t]](hostname, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = {};
      }
      validateString(hostname, 'name');
      validateFunction(callback, 'callback');
      this._query(t, hostname, !!(options && options.ttl), callback);
      return {};
    },
  }[methodOf[t]];
}

let defaultResolver = core.makeDefault(new Resolver());

function bindDefault(name) {
  return { [name](...args) { return defaultResolver[name](...args); } }[name];
}

function getServers() { return defaultResolver.getServers(); }
function setServers(servers) {
  const r = core.makeDefault(new Resolver());
  r.setServers(servers);
  defaultResolver = r;
}

let promises;

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: core.getDefaultResultOrder,
  setDefaultResultOrder: core.setDefaultResultOrder,
  setServers,
  getServers,
  resolve: bindDefault('resolve'),
  reverse: bindDefault('reverse'),
  ADDRCONFIG: core.ADDRCONFIG,
  ALL: core.ALL,
  V4MAPPED: core.V4MAPPED,
  ...core.errorCodes,
};
for (const t of types) module.exports[methodOf[t]] = bindDefault(methodOf[t]);
Object.defineProperty(module.exports, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return promises || (promises = require('dns/promises')); },
});
module.exports._defaultResolver = () => defaultResolver;
