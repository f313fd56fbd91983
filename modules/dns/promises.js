'use strict';
// dns/promises: dns over promises.

const core = require('internal/dns_core');
const { validateString } = require('internal/validators');
const { DNSException, codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { isIP } = require('internal/net');

function lookup(hostname, options) {
  const a = core.lookupArgs(hostname, options);
  return new Promise((resolve, reject) => {
    core.lookupRaw(a, (err, list) => {
      if (err) return reject(err);
      if (a.all) return resolve(list);
      if (list.length === 0) return resolve({ address: null, family: a.family === 6 ? 6 : 4 });
      resolve(list[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  port = core.validateService(address, port);
  return new Promise((resolve, reject) => {
    const err = core.lookupServiceRaw(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
    if (err) reject(err);
  });
}

const methodOf = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TXT: 'resolveTxt',
};

class Resolver extends core.ResolverBase {
  resolve(hostname, rrtype) {
    if (rrtype === undefined) rrtype = 'A';
    else validateString(rrtype, 'rrtype');
    const m = methodOf[rrtype];
    if (m === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return this[m](hostname);
  }

  reverse(ip) {
    validateString(ip, 'name');
    if (!isIP(ip)) throw DNSException(-22, 'getHostByAddr', ip);
    return new Promise((resolve, reject) => {
      this._query('PTR', core.reverseName(ip), false, (err, r) => (err ? reject(err) : resolve(r)),
        'getHostByAddr', ip);
    });
  }
}

for (const t of Object.keys(methodOf)) {
  Resolver.prototype[methodOf[t]] = {
    [methodOf[t]](hostname, options) {
      validateString(hostname, 'name');
      return new Promise((resolve, reject) => {
        this._query(t, hostname, !!(options && options.ttl), (err, r) => (err ? reject(err) : resolve(r)));
      });
    },
  }[methodOf[t]];
}

let defaultResolver = core.makeDefault(new Resolver());
function bindDefault(name) {
  return { [name](...args) { return defaultResolver[name](...args); } }[name];
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: core.getDefaultResultOrder,
  setDefaultResultOrder: core.setDefaultResultOrder,
  getServers() { return defaultResolver.getServers(); },
  setServers(servers) {
    const r = core.makeDefault(new Resolver());
    r.setServers(servers);
    defaultResolver = r;
  },
  resolve: bindDefault('resolve'),
  reverse: bindDefault('reverse'),
  ...core.errorCodes,
};
for (const t of Object.keys(methodOf)) module.exports[methodOf[t]] = bindDefault(methodOf[t]);
