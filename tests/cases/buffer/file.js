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

const { File, Blob } = require('node:buffer');
const util = require('node:util');
async function main() {
  const f = new File(['hello', ' ', 'world'], 'greeting.txt', { type: 'text/plain', lastModified: 1234 });
  t('props', () => [f.name, f.size, f.type, f.lastModified, f instanceof Blob, f instanceof File]);
  console.log('text', await f.text());
  t('slice is blob', () => { const s = f.slice(0, 5); return [s instanceof File, s instanceof Blob, s.size]; });
  t('inspect', () => util.inspect(f));
  t('tag', () => Object.prototype.toString.call(f));
  t('lastModified str', () => new File([], 'a', { lastModified: '42' }).lastModified);
  t('lastModified NaN', () => new File([], 'a', { lastModified: 'x' }).lastModified);
  t('lastModified null', () => new File([], 'a', { lastModified: null }).lastModified);
  t('lastModified default', () => typeof new File([], 'a').lastModified);
  t('name coerced', () => [new File([], 5).name, new File([], { toString() { return 'zz'; } }).name, new File([], null).name]);
  t('missing args', () => new File(['x']));
  t('missing all', () => new File());
  t('bad bits', () => new File('abc', 'n'));
  t('options null', () => new File([], 'n', null).name);
  t('proto names', () => Object.getOwnPropertyNames(File.prototype).sort());
  t('name this', () => { try { Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([])); } catch (e) { return [e.name, e.code]; } });
  t('length', () => [File.length, Blob.length, File.name]);
}
main();
