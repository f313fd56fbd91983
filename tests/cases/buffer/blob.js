'use strict';
const { Buffer } = require('node:buffer');
function show(v) {
  if (v instanceof Uint8Array) return `${v.constructor.name}<${Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex')}>`;
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? `${x}n` : x));
}
function t(label, f) {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const { Blob } = require('node:buffer');
const util = require('node:util');
async function main() {
  const b = new Blob(['ab', new Uint8Array([99]), Buffer.from('d'), new Uint16Array([0x6665]).buffer, new DataView(new Uint8Array([0x67]).buffer), 1, null], { type: 'Text/Plain;Charset=UTF-8' });
  t('size type', () => [b.size, b.type]);
  console.log('text', JSON.stringify(await b.text()));
  console.log('arrayBuffer', JSON.stringify([...new Uint8Array(await b.arrayBuffer())]));
  console.log('bytes', Object.prototype.toString.call(await b.bytes()), (await b.bytes()).length);
  const s = b.slice(1, 4, 'X/Y');
  t('slice', () => [s.size, s.type]);
  console.log('slice text', await s.text());
  t('slice neg', () => [b.slice(-3).size, b.slice(-3, -1).size, b.slice(5, 2).size, b.slice(100).size, b.slice(0, 100).size]);
  console.log('slice neg text', await b.slice(-4, -1).text());
  const nested = new Blob([b, s, 'z']);
  console.log('nested', nested.size, await nested.text());
  t('empty', () => [new Blob().size, new Blob().type, new Blob([]).size]);
  t('type non-ascii', () => new Blob([], { type: 'a\u00e9' }).type);
  t('type control', () => new Blob([], { type: 'a\nb' }).type);
  t('type num', () => new Blob([], { type: 5 }).type);
  t('endings native', () => new Blob(['a\r\nb\nc\r'], { endings: 'native' }).size);
  t('endings transparent', () => new Blob(['a\r\nb\n'], { endings: 'transparent' }).size);
  t('endings bad', () => new Blob([], { endings: 'x' }));
  t('sources string', () => new Blob('abc'));
  t('sources null', () => new Blob(null));
  t('sources number', () => new Blob(5));
  t('sources obj', () => new Blob({}));
  t('sources set', () => new Blob(new Set(['ab', 'c'])).size);
  t('options bad', () => new Blob([], 5));
  t('options null', () => new Blob([], null).size);
  t('utf8 encode', () => new Blob(['\u00e9\ud83d\ude00\ud800']).size);
  t('tag', () => [Object.prototype.toString.call(b), String(b)]);
  t('proto names', () => Object.getOwnPropertyNames(Blob.prototype).sort());
  t('inspect', () => util.inspect(b));
  t('inspect nested', () => util.inspect({ x: new Blob(['a']) }));
  t('size this', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
  t('no new', () => { try { Blob([]); } catch (e) { return e.name; } });
  const copy = new Uint8Array([1, 2, 3]);
  const cb = new Blob([copy]);
  copy[0] = 9;
  console.log('copied', JSON.stringify([...new Uint8Array(await cb.arrayBuffer())]));
  try { await Blob.prototype.text.call({}); } catch (e) { console.log('text this', e.name, e.code); }
}
main();
