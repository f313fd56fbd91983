const crypto = require('node:crypto');
const t = (label, f) => { try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let ok = true;
const set = new Set();
for (let i = 0; i < 500; i++) { const u = crypto.randomUUID(); if (!re.test(u)) ok = false; set.add(u); }
console.log('format', ok, 'unique', set.size);
console.log(typeof crypto.randomUUID(), crypto.randomUUID().length);
console.log(re.test(crypto.randomUUID({ disableEntropyCache: true })), re.test(crypto.randomUUID({})));
t('bad opt', () => crypto.randomUUID(1));
t('bad cache', () => crypto.randomUUID({ disableEntropyCache: 1 }));
t('null', () => crypto.randomUUID(null));
console.log(re.test(crypto.webcrypto.randomUUID()));
t('this', () => crypto.webcrypto.randomUUID.call({}));
