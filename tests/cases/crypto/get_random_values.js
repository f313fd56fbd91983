const crypto = require('node:crypto');
const t = (label, f) => { try { const r = f(); console.log(label, 'ok', r && r.constructor && r.constructor.name, r && r.length); } catch (e) { console.log(label, e.name, e.code, e.message, e instanceof DOMException); } };
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  t(C.name, () => { const a = new C(8); const r = crypto.getRandomValues(a); if (r !== a) throw new Error('not same'); return r; });
}
t('float32', () => crypto.getRandomValues(new Float32Array(2)));
t('float64', () => crypto.webcrypto.getRandomValues(new Float64Array(2)));
t('dataview', () => crypto.webcrypto.getRandomValues(new DataView(new ArrayBuffer(2))));
t('arraybuffer', () => crypto.webcrypto.getRandomValues(new ArrayBuffer(2)));
t('number', () => crypto.getRandomValues(1));
t('too big', () => crypto.getRandomValues(new Uint8Array(65537)));
t('max', () => crypto.getRandomValues(new Uint8Array(65536)));
t('max u32', () => crypto.getRandomValues(new Uint32Array(16384)));
t('none', () => crypto.webcrypto.getRandomValues());
t('bad this', () => crypto.webcrypto.getRandomValues.call(null, new Uint8Array(2)));
t('detached fn', () => { const g = crypto.webcrypto.getRandomValues; return g(new Uint8Array(2)); });
t('crypto fn', () => { const g = crypto.getRandomValues; return g(new Uint8Array(3)); });
const filled = crypto.getRandomValues(new Uint8Array(64));
console.log('nonzero', filled.some((x) => x !== 0));
