'use strict';
// Address helpers shared by net, dns and dgram: isIP*, and the IP parsing
// BlockList and SocketAddress use.

const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) { return IPv4Reg.test(`${s}`); }
function isIPv6(s) { return IPv6Reg.test(`${s}`); }
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// parseIPv4 returns the address as a BigInt, or undefined.
function parseIPv4(s) {
  if (!isIPv4(s)) return undefined;
  let n = 0n;
  for (const p of s.split('.')) n = (n << 8n) | BigInt(+p);
  return n;
}

// parseIPv6 returns the 128-bit address as a BigInt, or undefined.
function parseIPv6(s) {
  if (!isIPv6(s)) return undefined;
  s = s.replace(/%.*$/, '');
  let tail = [];
  const v4 = s.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (v4) {
    const n = parseIPv4(v4[1]);
    tail = [Number(n >> 16n), Number(n & 0xffffn)].map((x) => x.toString(16));
    s = s.slice(0, -v4[1].length) + 'x';
  }
  let parts;
  if (s.includes('::')) {
    const [a, b] = s.split('::');
    const left = a ? a.split(':') : [];
    const right = b ? b.split(':') : [];
    const fill = 8 - left.length - right.length - (v4 ? 1 : 0);
    parts = [...left, ...new Array(Math.max(fill, 0)).fill('0'), ...right];
  } else {
    parts = s.split(':');
  }
  const out = [];
  for (const p of parts) {
    if (p === 'x') out.push(...tail);
    else out.push(p);
  }
  let n = 0n;
  for (const p of out) n = (n << 16n) | BigInt(parseInt(p || '0', 16));
  return n;
}

// Marks an array of net's normalized (options, callback) arguments.
const normalizedArgsSymbol = Symbol('normalizedArgs');

module.exports = { isIP, isIPv4, isIPv6, parseIPv4, parseIPv6, normalizedArgsSymbol };
