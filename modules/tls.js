'use strict';
// tls, as Node 20 documents it, over Go's crypto/tls (hostnet's tls_wrap):
// see _tls_wrap (TLSSocket, Server, connect) and _tls_common
// (createSecureContext).

const net = require('net');
const EventEmitter = require('events');
const { deprecate } = require('internal/util');
const {
  codes: { ERR_TLS_CERT_ALTNAME_INVALID, ERR_TLS_INVALID_CONTEXT },
} = require('internal/errors');
const { SecureContext, createSecureContext } = require('_tls_common');
const _tls_wrap = require('_tls_wrap');

const binding = internalBinding('tls_wrap');

const CLIENT_RENEG_LIMIT = 3;
const CLIENT_RENEG_WINDOW = 600;

let ciphers;
function getCiphers() {
  if (!ciphers) {
    ciphers = binding.ciphers().split(':').concat([
      'tls_aes_128_ccm_8_sha256', 'tls_aes_128_ccm_sha256',
    ]);
    ciphers = [...new Set(ciphers)].sort();
  }
  return ciphers.slice();
}

let roots;
function rootCertificates() {
  if (!roots) roots = Object.freeze(JSON.parse(binding.rootCertificates()));
  return roots;
}

function unfqdn(host) { return host.replace(/[.]$/, ''); }

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  const isBad = (s) => /[^\u0021-\u007F]/u.test(s);
  if (patternParts.some(isBad)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*');
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) {
    return hostSubdomain === patternSubdomain;
  }
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const { 0: prefix, 1: suffix } = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

// splitEscapedAltNames splits "DNS:a, DNS:b" respecting quoted parts.
function splitEscapedAltNames(altNames) {
  const result = [];
  let currentToken = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(', ', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      currentToken += altNames.substring(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.substring(nextQuote));
      if (!match) {
        const { codes: { ERR_TLS_CERT_ALTNAME_FORMAT } } = require('internal/errors');
        throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      }
      currentToken += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      currentToken += altNames.substring(offset, nextSep);
      result.push(currentToken);
      currentToken = '';
      offset = nextSep + 2;
    } else {
      currentToken += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(currentToken);
  return result;
}

// checkServerIdentity(hostname, cert) as Node documents it: undefined, or
// the error (ERR_TLS_CERT_ALTNAME_INVALID) that the name does not match.
function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const splitAltNames = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    splitAltNames.forEach((name) => {
      if (name.startsWith('DNS:')) {
        dnsNames.push(name.slice(4));
      } else if (name.startsWith('IP Address:')) {
        ips.push(canonicalIP(name.slice(11)));
      }
    });
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
}

function canonicalIP(ip) {
  const t = net.isIP(ip);
  if (t === 4) return ip.split('.').map((x) => String(parseInt(x, 10))).join('.');
  if (t === 6) {
    let parts = ip.toLowerCase().split('::');
    let head = parts[0] ? parts[0].split(':') : [];
    let tail = parts.length > 1 && parts[1] ? parts[1].split(':') : [];
    const last = tail.length ? tail[tail.length - 1] : head[head.length - 1];
    if (last && last.includes('.')) {
      const b = last.split('.').map(Number);
      const repl = [((b[0] << 8) | b[1]).toString(16), ((b[2] << 8) | b[3]).toString(16)];
      if (tail.length) tail = tail.slice(0, -1).concat(repl); else head = head.slice(0, -1).concat(repl);
    }
    const fill = parts.length > 1 ? new Array(8 - head.length - tail.length).fill('0') : [];
    return head.concat(fill, tail).map((x) => parseInt(x, 16).toString(16)).join(':');
  }
  // not an address (a subnet, say): nothing it could match
  return undefined;
}

// SecurePair is the deprecated pairing of a cleartext TLSSocket with the
// encrypted side of an in-memory duplex pair.
function SecurePair(secureContext = createSecureContext(), isServer = false,
                    requestCert = !isServer, rejectUnauthorized = false, options = {}) {
  EventEmitter.call(this);
  const [encrypted, inner] = require('internal/streams/duplexpair')();
  this.server = options.server;
  this.credentials = secureContext;
  this.encrypted = encrypted;
  this.cleartext = new _tls_wrap.TLSSocket(inner, {
    secureContext, isServer, requestCert, rejectUnauthorized, ...options,
  });
  this.cleartext.once('secure', () => this.emit('secure'));
}
Object.setPrototypeOf(SecurePair.prototype, EventEmitter.prototype);
Object.setPrototypeOf(SecurePair, EventEmitter);
SecurePair.prototype.destroy = function() {
  this.cleartext.destroy();
  this.encrypted.destroy();
};

const createSecurePair = deprecate(function createSecurePair(...args) {
  return new SecurePair(...args);
}, 'tls.createSecurePair() is deprecated. Please use tls.TLSSocket instead.', 'DEP0064');

// cliVersion is the default protocol bound the command line set
// (--tls-min-v1.0 ... --tls-max-v1.3): the lowest flag given wins, as in
// Node (the host refused a min above a max at startup).
function cliVersion(which) {
  const { hasOption } = require('internal/options');
  const order = which === 'min' ? ['1.0', '1.1', '1.2', '1.3'] : ['1.2', '1.3'];
  for (const v of order) {
    if (hasOption(`--tls-${which}-v${v}`)) return v === '1.0' ? 'TLSv1' : `TLSv${v}`;
  }
  return undefined;
}

module.exports = {
  CLIENT_RENEG_LIMIT,
  CLIENT_RENEG_WINDOW,
  // --tls-cipher-list replaces the default list (crypto.constants.defaultCipherList).
  DEFAULT_CIPHERS: require('crypto').constants.defaultCipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: cliVersion('min') || 'TLSv1.2',
  DEFAULT_MAX_VERSION: cliVersion('max') || 'TLSv1.3',
  getCiphers,
  checkServerIdentity,
  convertALPNProtocols: _tls_wrap.convertALPNProtocols,
  createSecureContext,
  SecureContext,
  TLSSocket: _tls_wrap.TLSSocket,
  Server: _tls_wrap.Server,
  createServer: _tls_wrap.createServer,
  connect: _tls_wrap.connect,
  createSecurePair,
};
Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null, configurable: false, enumerable: true, get: rootCertificates,
});
