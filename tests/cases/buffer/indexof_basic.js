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

const b = Buffer.from('this is a buffer with is in it');
t('str', () => [b.indexOf('is'), b.lastIndexOf('is'), b.includes('buffer'), b.includes('xyz')]);
t('str missing', () => b.indexOf('zzz'));
t('num', () => [b.indexOf(0x69), b.lastIndexOf(0x69), b.indexOf(0x69 + 256), b.indexOf(-151), b.indexOf(1000)]);
t('num frac', () => b.indexOf(105.9));
t('buffer', () => [b.indexOf(Buffer.from('a b')), b.lastIndexOf(Buffer.from('i')), b.indexOf(new Uint8Array([119, 105]))]);
t('empty str', () => [b.indexOf(''), b.lastIndexOf(''), b.indexOf('', 5), b.indexOf('', 100), b.lastIndexOf('', 3), b.indexOf('', -5)]);
t('empty buf', () => [b.indexOf(Buffer.alloc(0)), b.lastIndexOf(Buffer.alloc(0)), b.indexOf(Buffer.alloc(0), 100)]);
t('empty haystack', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf(0), Buffer.alloc(0).lastIndexOf('')]);
t('needle longer', () => Buffer.from('ab').indexOf('abc'));
t('utf8 needle', () => Buffer.from('h\u00e9llo \u20ac').indexOf('\u20ac'));
t('lone surrogate needle', () => Buffer.from('a\ufffdb').indexOf('\ud800'));
t('bad value', () => b.indexOf({}));
t('bad value null', () => b.indexOf(null));
t('bad value bool', () => b.includes(true));
t('bad enc', () => b.indexOf('a', 0, 'foo'));
t('bad enc buffer', () => b.indexOf(Buffer.from('a'), 0, 'foo'));
t('bad enc num', () => b.indexOf(97, 0, 'foo'));
t('repeat pattern', () => Buffer.from('aaaaab').indexOf('aab'));
t('last repeat', () => Buffer.from('abababab').lastIndexOf('abab'));
t('long', () => { const x = Buffer.alloc(20000, 'a'); x.write('needle', 15000); return [x.indexOf('needle'), x.lastIndexOf('a'), x.indexOf('needle', 15001), x.lastIndexOf('needle', 14999)]; });
t('u8 call', () => Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3]), 2));
t('many candidates', () => { const x = Buffer.from('ab'.repeat(1000) + 'abc' + 'ab'.repeat(100)); return [x.indexOf('abc'), x.lastIndexOf('abc'), x.lastIndexOf('aba', 500), x.indexOf('abab', 1001), x.indexOf('abd'), x.lastIndexOf('abd'), x.lastIndexOf('abc', 1999), x.lastIndexOf('abc', 2000), x.indexOf('abc', 2001)]; });
t('many candidates bytes', () => { const x = Buffer.alloc(5000, 0x61); x[4000] = 0x62; return [x.indexOf(Buffer.from('aab')), x.lastIndexOf(Buffer.from('ab')), x.indexOf(Buffer.from('ba')), x.lastIndexOf(Buffer.from('aa'), 10), x.lastIndexOf(Buffer.from('ab'), 3998)]; });
