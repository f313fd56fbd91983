const crypto = require('node:crypto');
const { webcrypto } = crypto;
console.log(Object.prototype.toString.call(webcrypto), Object.prototype.toString.call(webcrypto.subtle));
console.log(Object.keys(webcrypto));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(webcrypto)));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(webcrypto.subtle)));
console.log(typeof webcrypto.getRandomValues, typeof webcrypto.randomUUID, crypto.subtle === webcrypto.subtle);
const t = (label, f) => { try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('new Crypto', () => new webcrypto.constructor());
t('subtle this', () => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(webcrypto), 'subtle').get.call({}));
(async () => {
  for (const [m, args] of [['encrypt', []], ['sign', [1]], ['importKey', []], ['generateKey', [1, 2]]]) {
    try { await webcrypto.subtle[m](...args); console.log(m, 'resolved'); } catch (e) { console.log(m, e.name, e.code, e.message); }
  }
})();
