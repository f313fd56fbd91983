'use strict';
// What dns and dns/promises share: argument checks, lookup over
// getaddrinfo, the Resolver's queries and the shapes of their results.

const cares = internalBinding('cares_wrap');
const {
  DNSException,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS,
    ERR_DNS_SET_SERVERS_FAILED,
  },
} = require('internal/errors');
const { validateString, validateOneOf, validatePort, validateInt32, validateNumber, validateBoolean, validateArray } =
  require('internal/validators');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const perf = () => require('internal/perf/performance');

// timed is the start of an operation perf_hooks observes ('dns' entries),
// or undefined.
function timed() {
  return perf().hasObserver('dns') ? perf().now() : undefined;
}

// getaddrinfo's AI_ flags on Linux
const ADDRCONFIG = 32;
const ALL = 16;
const V4MAPPED = 8;

let defaultResultOrder = 'verbatim';

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultResultOrder = order;
}
function getDefaultResultOrder() { return defaultResultOrder; }

const validFamilies = [0, 4, 6];

// lookupArgs validates lookup's (hostname, options) and returns
// { hostname, family, hints, all, order }.
function lookupArgs(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultResultOrder;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else if (options) {
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
        throw new ERR_INVALID_ARG_VALUE('hints', options.hints);
      }
    }
    if (options.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
      order = options.order;
    }
  }
  return { hostname, family, hints, all, order };
}

// lookupRaw resolves a; cb(err, [{address, family}...]).
let warnedHostname = false;

function lookupRaw(a, cb) {
  if (!a.hostname) {
    if (!warnedHostname) {
      warnedHostname = true;
      process.emitWarning(`The provided hostname "${a.hostname}" is not a valid hostname, ` +
        'and is supported in the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
    }
    process.nextTick(cb, null, []);
    return;
  }
  const matched = isIP(a.hostname);
  if (matched) {
    process.nextTick(cb, null, [{ address: a.hostname, family: matched }]);
    return;
  }
  const start = timed();
  // A binding that fails at once returns the (negative) code.
  const err = cares.getaddrinfo(a.hostname, a.family, a.hints, (code, flat) => {
    if (code) {
      cb(typeof code === 'object' ? code : DNSException(code, 'getaddrinfo', a.hostname));
      return;
    }
    let list = [];
    for (let i = 0; i < flat.length; i += 2) list.push({ address: flat[i], family: flat[i + 1] });
    if (a.order === 'ipv4first') {
      list = [...list.filter((x) => x.family === 4), ...list.filter((x) => x.family === 6)];
    } else if (a.order === 'ipv6first') {
      list = [...list.filter((x) => x.family === 6), ...list.filter((x) => x.family === 4)];
    }
    cb(null, list);
    // after the callback, as Node reports it
    if (start !== undefined) {
      perf().enqueue('lookup', 'dns', start, {
        hostname: a.hostname, family: a.family, hints: a.hints, verbatim: a.order === 'verbatim',
        order: a.order, addresses: a.all ? list : list.slice(0, 1).map((x) => x.address),
      });
    }
  });
  if (err) process.nextTick(cb, DNSException(err, 'getaddrinfo', a.hostname));
}

function validateService(address, port) {
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return port | 0;
}

// lookupServiceRaw starts getnameinfo; it returns the error when the
// binding fails at once (then cb is never called).
function lookupServiceRaw(address, port, cb) {
  const start = timed();
  const err = cares.getnameinfo(address, port, (code, res) => {
    if (code) {
      cb(typeof code === 'object' ? code : DNSException(code, 'getnameinfo', address));
      return;
    }
    cb(null, res[0], res[1]);
    if (start !== undefined) {
      perf().enqueue('lookupService', 'dns', start, { host: address, port, hostname: res[0], service: res[1] });
    }
  });
  return err ? DNSException(err, 'getnameinfo', address) : undefined;
}

// ------------------------------------------------------------ Resolver

const kServers = Symbol('servers');
const kShared = Symbol('shared');

// The servers dns.setServers sets: dns and dns/promises share them (one
// channel in Node).
const shared = { servers: null };

// makeDefault marks r as a module's default resolver.
function makeDefault(r) {
  r[kShared] = true;
  return r;
}
const kQueries = Symbol('queries');

const syscalls = {
  A: 'queryA', AAAA: 'queryAaaa', ANY: 'queryAny', CAA: 'queryCaa', CNAME: 'queryCname',
  MX: 'queryMx', NAPTR: 'queryNaptr', NS: 'queryNs', PTR: 'queryPtr', SOA: 'querySoa',
  SRV: 'querySrv', TXT: 'queryTxt',
};

function shape(type, records, ttl) {
  switch (type) {
    case 'A':
    case 'AAAA':
      return records.map((r) => (ttl ? { address: r.address, ttl: r.ttl } : r.address));
    case 'CNAME': case 'NS': case 'PTR':
      return records.map((r) => r.value);
    case 'MX':
      return records.map((r) => ({ exchange: r.exchange, priority: r.priority }));
    case 'TXT':
      return records.map((r) => r.entries);
    case 'SRV':
      return records.map((r) => ({ name: r.name, port: r.port, priority: r.priority, weight: r.weight }));
    case 'NAPTR':
      return records.map((r) => ({ flags: r.flags, service: r.service, regexp: r.regexp,
        replacement: r.replacement, order: r.order, preference: r.preference }));
    case 'SOA': {
      const r = records[0];
      return { nsname: r.nsname, hostmaster: r.hostmaster, serial: r.serial, refresh: r.refresh,
        retry: r.retry, expire: r.expire, minttl: r.minttl };
    }
    case 'CAA':
      return records.map((r) => { const o = { ...r }; delete o.type; return o; });
    case 'ANY':
      // grouped by type in c-ares' parse order, as Node reports them
      return anyOrder.flatMap((t) => records.filter((r) => r.type === t)).map(anyShape);
  }
  return records;
}

const anyOrder = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA'];

function anyShape(r) {
  switch (r.type) {
    case 'A': case 'AAAA': return { address: r.address, ttl: r.ttl, type: r.type };
    case 'CNAME': case 'NS': case 'PTR': return { value: r.value, type: r.type };
    case 'TXT': return { entries: r.entries, type: r.type };
    case 'SOA': {
      const o = shape('SOA', [r]);
      o.type = 'SOA';
      return o;
    }
    default: {
      const o = shape(r.type, [r])[0];
      o.type = r.type;
      return o;
    }
  }
}

function validateTimeout(options) {
  const { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

class ResolverBase {
  constructor(options = undefined) {
    this._timeout = validateTimeout(options);
    this._tries = validateTries(options);
    this[kServers] = null;
    this[kQueries] = new Map();
    this._local = undefined;
  }

  _servers() {
    if (this[kShared]) {
      if (shared.servers === null) shared.servers = cares.defaultServers();
      return shared.servers;
    }
    if (this[kServers] === null) this[kServers] = cares.defaultServers();
    return this[kServers];
  }

  // cancel fails every pending query with ECANCELLED now, in the order
  // they were made (as ares_cancel calls back).
  cancel() {
    const pending = [...this[kQueries]];
    this[kQueries].clear();
    for (const [id, q] of pending) {
      cares.cancel(id);
      q.cb(DNSException('ECANCELLED', q.syscall, q.name));
    }
  }

  getServers() {
    return this._servers().map((s) => {
      const m = /^\[?(.*?)\]?:(\d+)$/.exec(s);
      const [ip, port] = m ? [m[1], +m[2]] : [s, 53];
      if (port === 53) return ip;
      return isIPv6(ip) ? `[${ip}]:${port}` : `${ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    if (this[kQueries].size > 0) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers.toString());
    }
    const out = [];
    servers.forEach((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let ip, port = 53;
      let m;
      if (isIP(serv)) {
        ip = serv;
      } else if ((m = /^\[([^\]]+)\](?::(\d+))?$/.exec(serv)) && isIPv6(m[1])) {
        ip = m[1];
        if (m[2] !== undefined) port = +m[2];
      } else if ((m = /^([^:]+):(\d+)$/.exec(serv)) && isIPv4(m[1])) {
        ip = m[1];
        port = +m[2];
      } else {
        throw new ERR_INVALID_IP_ADDRESS(serv);
      }
      out.push(isIPv6(ip) ? `[${ip}]:${port}` : `${ip}:${port}`);
    });
    if (this[kShared]) shared.servers = out;
    else this[kServers] = out;
  }

  // setLocalAddress takes an IPv4 or an IPv6 address, or one of each.
  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) {
      validateString(ipv6, 'ipv6');
      if (!isIPv4(ipv4)) throw new ERR_INVALID_ARG_VALUE('ipv4', ipv4, 'must be a valid IPv4 address');
      if (!isIPv6(ipv6)) throw new ERR_INVALID_ARG_VALUE('ipv6', ipv6, 'must be a valid IPv6 address');
      this._local = [ipv4, ipv6];
    } else if (isIPv4(ipv4)) {
      this._local = [ipv4, undefined];
    } else if (isIPv6(ipv4)) {
      this._local = [undefined, ipv4];
    } else {
      throw new ERR_INVALID_ARG_VALUE('ipv4', ipv4, 'must be a valid IPv4 or IPv6 address');
    }
  }

  // _query runs one query; cb(err, shaped result).
  _query(type, name, ttl, cb, syscall = syscalls[type], reportName = name) {
    if (/\.onion\.?$/i.test(name)) {
      // RFC 7686: .onion names are never sent to DNS (as c-ares does)
      process.nextTick(cb, DNSException('ENOTFOUND', syscall, reportName));
      return;
    }
    const timeout = this._timeout < 0 ? 5000 : Math.max(this._timeout, 1);
    const start = timed();
    const id = cares.query(type, name, this._servers(), timeout, this._tries, (code, json) => {
      if (!this[kQueries].delete(id)) return; // cancelled
      if (code) {
        cb(DNSException(code, syscall, reportName));
        return;
      }
      const result = shape(type, JSON.parse(json), ttl);
      cb(null, result);
      if (start !== undefined) perf().enqueue(syscall, 'dns', start, { host: reportName, ttl: !!ttl, result });
    }, ...(this._local || []));
    this[kQueries].set(id, { cb, syscall, name: reportName });
  }
}

// reverseName is the PTR name of an IP address.
function reverseName(ip) {
  if (isIPv4(ip)) return ip.split('.').reverse().join('.') + '.in-addr.arpa';
  const { parseIPv6 } = require('internal/net');
  const n = parseIPv6(ip);
  return n.toString(16).padStart(32, '0').split('').reverse().join('.') + '.ip6.arpa';
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  ADDRCONFIG, ALL, V4MAPPED, errorCodes, setDefaultResultOrder, getDefaultResultOrder,
  makeDefault, lookupArgs, lookupRaw, validateService, lookupServiceRaw, ResolverBase, reverseName,
  isIP, ERR_MISSING_ARGS,
};
