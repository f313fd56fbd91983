'use strict';
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  const raw = new Uint8Array(16).map((_, i) => i);
  const iv = new Uint8Array(12).fill(1);
  const gcm = await subtle.importKey('raw', raw, { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
  console.log(gcm.type, gcm.extractable, gcm.algorithm, gcm.usages, Object.prototype.toString.call(gcm));
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([9]) }, gcm, Buffer.from('hello world'));
  console.log('gcm', hex(ct));
  console.log(Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([9]) }, gcm, ct)).toString());
  const ct96 = await subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 96 }, gcm, Buffer.from('x'));
  console.log('gcm96', hex(ct96));
  const cbc = await subtle.importKey('raw', raw, 'AES-CBC', true, ['encrypt', 'decrypt']);
  const c2 = await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, Buffer.from('0123456789abcdef!'));
  console.log('cbc', hex(c2), Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, c2)).toString());
  const ctr = await subtle.importKey('raw', raw, 'AES-CTR', false, ['encrypt']);
  const counter = new Uint8Array(16).fill(0xff);
  console.log('ctr', hex(await subtle.encrypt({ name: 'AES-CTR', counter, length: 8 }, ctr, new Uint8Array(40))));
  console.log('ctr64', hex(await subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, ctr, new Uint8Array(40))));
  const mac = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(mac.algorithm);
  const sig = await subtle.sign('HMAC', mac, Buffer.from('data'));
  console.log('hmac', hex(sig), await subtle.verify('HMAC', mac, sig, Buffer.from('data')), await subtle.verify('HMAC', mac, sig, Buffer.from('datA')));
  console.log(await subtle.exportKey('jwk', mac), hex(await subtle.exportKey('raw', gcm)));
  console.log(await subtle.exportKey('jwk', gcm));
  const kw = await subtle.importKey('raw', raw, 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  const wrapped = await subtle.wrapKey('raw', gcm, kw, 'AES-KW');
  console.log('wrapped', hex(wrapped));
  const un = await subtle.unwrapKey('raw', wrapped, kw, 'AES-KW', 'AES-GCM', true, ['decrypt']);
  console.log(un.algorithm, un.usages, hex(await subtle.exportKey('raw', un)));
  const pb = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(pb.algorithm, pb.extractable);
  console.log('pbkdf2', hex(await subtle.deriveBits({ name: 'PBKDF2', salt: Buffer.from('salt'), iterations: 1000, hash: 'SHA-256' }, pb, 256)));
  const hk = await subtle.importKey('raw', raw, 'HKDF', false, ['deriveBits', 'deriveKey']);
  console.log('hkdf', hex(await subtle.deriveBits({ name: 'HKDF', salt: Buffer.from('s'), info: Buffer.from('i'), hash: 'SHA-512' }, hk, 128)));
  const dk = await subtle.deriveKey({ name: 'HKDF', salt: Buffer.alloc(0), info: Buffer.alloc(0), hash: 'SHA-256' }, hk,
                                    { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  console.log(dk.algorithm, hex(await subtle.exportKey('raw', dk)));
  const g = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  console.log(g.algorithm, (await subtle.exportKey('raw', g)).byteLength);
  const jk = await subtle.importKey('jwk', { kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODw', alg: 'A128CBC' }, 'AES-CBC', false, ['decrypt']);
  console.log(jk.algorithm, jk.extractable);
  const fails = [
    () => subtle.importKey('raw', new Uint8Array(15), { name: 'AES-GCM' }, true, ['encrypt']),
    () => subtle.importKey('raw', raw, { name: 'AES-GCM' }, true, ['sign']),
    () => subtle.importKey('raw', raw, { name: 'AES-XYZ' }, true, ['encrypt']),
    () => subtle.importKey('raw', raw, { name: 'AES-GCM' }, true, []),
    () => subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
    () => subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 100 }, gcm, new Uint8Array(1)),
    () => subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(12) }, cbc, new Uint8Array(1)),
    () => subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, gcm, new Uint8Array(1)),
    () => subtle.decrypt({ name: 'AES-GCM', iv }, gcm, new Uint8Array(20)),
    () => subtle.decrypt({ name: 'AES-GCM', iv }, gcm, new Uint8Array(3)),
    () => subtle.sign('HMAC', gcm, new Uint8Array(1)),
    () => subtle.exportKey('raw', ctr),
    () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']),
    () => subtle.encrypt({ name: 'AES-CTR', counter, length: 0 }, ctr, new Uint8Array(1)),
  ];
  for (const f of fails) {
    try { await f(); console.log('no error'); } catch (e) { console.log(e.name, '|', e.message); }
  }
})();
