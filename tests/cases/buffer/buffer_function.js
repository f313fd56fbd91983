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

t('call num', () => Buffer(3));
t('call str', () => Buffer('abc'));
t('call str enc', () => Buffer('6162', 'hex'));
t('call arr', () => Buffer([1, 2]));
t('new num', () => new Buffer(2));
t('new str', () => new Buffer('xy', 'latin1'));
t('new ab', () => { const ab = new ArrayBuffer(4); const b = new Buffer(ab, 1, 2); return [b.length, b.buffer === ab]; });
t('num with enc', () => Buffer(3, 'utf8'));
t('num neg', () => Buffer(-1));
t('instanceof', () => [Buffer(1) instanceof Buffer, new Buffer(1) instanceof Buffer]);
t('null', () => Buffer(null));
t('class extends', () => { class My extends Buffer {} try { const m = new My(2); return [m.length, m instanceof My]; } catch (e) { return e.name; } });
