'use strict';
// net.BlockList and net.SocketAddress, as Node 20 documents them.

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString, validateObject, validatePort, validateUint32, validateInt32 } =
  require('internal/validators');
const { parseIPv4, parseIPv6 } = require('internal/net');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kMapped = 0xffff00000000n;

// invalidAddress is Node's ERR_INVALID_ADDRESS.
function invalidAddress() {
  const e = new Error('Invalid socket address');
  e.code = 'ERR_INVALID_ADDRESS';
  return e;
}

function validateFamily(family) {
  validateString(family, 'options.family');
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') {
    throw new ERR_INVALID_ARG_VALUE('options.family', family);
  }
  return f;
}

class SocketAddress {
  #address; #port; #family; #flowlabel;

  static isSocketAddress(value) {
    return value != null && typeof value === 'object' && #address in value;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = (family === 'ipv6' ? '::' : '127.0.0.1'), port = 0, flowlabel = 0 } = options;
    validateString(family, 'options.family');
    family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const ok = family === 'ipv4' ? parseIPv4(address) !== undefined : parseIPv6(address) !== undefined;
    if (!ok) throw invalidAddress();
    this.#address = address;
    this.#port = port | 0;
    this.#family = family;
    this.#flowlabel = flowlabel;
  }

  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }

  toJSON() {
    return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// parse returns [family, value] for an address given as a string or a
// SocketAddress; value is undefined when it does not parse.
function parseAddr(address, family, name = 'address') {
  if (SocketAddress.isSocketAddress(address)) {
    family = address.family;
    address = address.address;
  } else {
    validateString(address, name);
    family = validateFamily(family);
  }
  const v = family === 'ipv4' ? parseIPv4(address) : parseIPv6(address);
  if (v === undefined) throw invalidAddress();
  return [family, v, address];
}

function familyName(f) { return f === 'ipv4' ? 'IPv4' : 'IPv6'; }

class BlockList {
  #rules = [];

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  addAddress(address, family = 'ipv4') {
    const [f, v, text] = parseAddr(address, family);
    this.#rules.unshift({ type: 'address', family: f, start: v, end: v,
      text: `Address: ${familyName(f)} ${text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const [f, s, st] = parseAddr(start, family, 'start');
    const [f2, e, et] = parseAddr(end, family, 'end');
    if (f !== f2 || e < s) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this.#rules.unshift({ type: 'range', family: f, start: s, end: e,
      text: `Range: ${familyName(f)} ${st}-${et}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    let f;
    if (SocketAddress.isSocketAddress(network)) {
      f = network.family;
    } else {
      validateString(network, 'network');
      f = validateFamily(family);
    }
    validateInt32(prefix, 'prefix', 0, f === 'ipv4' ? 32 : 128);
    const [, v, text] = parseAddr(network, f, 'network');
    const bits = f === 'ipv4' ? 32n : 128n;
    const host = bits - BigInt(prefix);
    const start = (v >> host) << host;
    const end = start | ((1n << host) - 1n);
    this.#rules.unshift({ type: 'subnet', family: f, start, end,
      text: `Subnet: ${familyName(f)} ${text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let f, v;
    if (SocketAddress.isSocketAddress(address)) {
      f = address.family;
      v = f === 'ipv4' ? parseIPv4(address.address) : parseIPv6(address.address);
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      f = family.toLowerCase();
      if (f !== 'ipv4' && f !== 'ipv6') return false;
      v = f === 'ipv4' ? parseIPv4(address) : parseIPv6(address);
      if (v === undefined) return false;
    }
    for (const r of this.#rules) {
      if (matches(r, f, v)) return true;
    }
    return false;
  }

  get rules() { return this.#rules.map((r) => r.text); }
}

// matches compares across families through IPv4-mapped IPv6 addresses.
function matches(r, f, v) {
  if (r.family === f) return v >= r.start && v <= r.end;
  if (f === 'ipv6' && r.family === 'ipv4') {
    if ((v >> 32n) !== 0xffffn) return false;
    const v4 = v & 0xffffffffn;
    return v4 >= r.start && v4 <= r.end;
  }
  // an IPv4 address against an IPv6 rule: as its mapped form
  const m = kMapped | v;
  return m >= r.start && m <= r.end;
}

module.exports = { BlockList, SocketAddress };
