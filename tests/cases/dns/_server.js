'use strict';
// A tiny DNS server for the dns cases: answers each question from a
// table (name -> records), NXDOMAIN for unknown names, SERVFAIL for
// "fail.test", and never answers "silent.test".
const dgram = require('dgram');

function encodeName(name) {
  const parts = name.split('.').filter(Boolean).map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function u16(n) { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b; }
function u32(n) { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; }

const TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, CAA: 257 };

function rdata(r) {
  switch (r.type) {
    case 'A': return Buffer.from(r.address.split('.').map(Number));
    case 'AAAA': {
      const b = Buffer.alloc(16);
      const [h, t] = r.address.split('::');
      const hp = h ? h.split(':') : [];
      const tp = t !== undefined && t ? t.split(':') : [];
      const all = [...hp, ...new Array(8 - hp.length - tp.length).fill('0'), ...tp];
      all.forEach((x, i) => b.writeUInt16BE(parseInt(x, 16), i * 2));
      return b;
    }
    case 'NS': case 'CNAME': case 'PTR': return encodeName(r.value);
    case 'MX': return Buffer.concat([u16(r.priority), encodeName(r.exchange)]);
    case 'TXT': return Buffer.concat(r.entries.map((e) => Buffer.concat([Buffer.from([e.length]), Buffer.from(e)])));
    case 'SRV': return Buffer.concat([u16(r.priority), u16(r.weight), u16(r.port), encodeName(r.name)]);
    case 'SOA': return Buffer.concat([encodeName(r.nsname), encodeName(r.hostmaster), u32(r.serial),
      u32(r.refresh), u32(r.retry), u32(r.expire), u32(r.minttl)]);
    case 'CAA': return Buffer.concat([Buffer.from([r.critical, r.tag.length]), Buffer.from(r.tag), Buffer.from(r.value)]);
    case 'NAPTR': {
      const str = (s) => Buffer.concat([Buffer.from([s.length]), Buffer.from(s)]);
      return Buffer.concat([u16(r.order), u16(r.preference), str(r.flags), str(r.service), str(r.regexp),
        encodeName(r.replacement)]);
    }
  }
  throw new Error('type ' + r.type);
}

function parseQuestion(msg) {
  let off = 12;
  const labels = [];
  while (msg[off] !== 0) {
    labels.push(msg.subarray(off + 1, off + 1 + msg[off]).toString());
    off += msg[off] + 1;
  }
  off++;
  return { id: msg.readUInt16BE(0), name: labels.join('.').toLowerCase(), qtype: msg.readUInt16BE(off), end: off + 4 };
}

function respond(msg, zone) {
  const q = parseQuestion(msg);
  if (q.name === 'silent.test') return null;
  let rcode = 0;
  let records = zone[q.name];
  if (q.name === 'fail.test') rcode = 2;
  else if (!records) rcode = 3;
  records = (records || []).filter((r) => q.qtype === 255 || TYPES[r.type] === q.qtype);
  const header = Buffer.concat([u16(q.id), u16(0x8180 | rcode), u16(1), u16(records.length), u16(0), u16(0)]);
  const answers = records.map((r) => {
    const d = rdata(r);
    return Buffer.concat([encodeName(q.name), u16(TYPES[r.type]), u16(1), u32(r.ttl || 300), u16(d.length), d]);
  });
  return Buffer.concat([header, msg.subarray(12, q.end), ...answers]);
}

// start(zone, cb): cb(server, 'ip:port') once listening.
function start(zone, cb) {
  const server = dgram.createSocket('udp4');
  server.on('message', (msg, rinfo) => {
    const out = respond(msg, zone);
    if (out) server.send(out, rinfo.port, rinfo.address);
  });
  server.bind(0, '127.0.0.1', () => cb(server, `127.0.0.1:${server.address().port}`));
}

module.exports = { start };
