'use strict';
const crypto = require('crypto');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const show = (k) => k instanceof crypto.KeyObject ?
  [Object.prototype.toString.call(k), k.type, k.asymmetricKeyType,
   k.type === 'secret' ? k.export().toString('hex') : k.export({ type: k.type === 'public' ? 'spki' : 'pkcs8', format: 'der' }).length] :
  [Object.prototype.toString.call(k), k.type, k.extractable, JSON.stringify(k.algorithm), k.usages.join()];
if (isMainThread) {
  (async () => {
    const secret = crypto.createSecretKey(Buffer.from('00112233', 'hex'));
    const jwk = { kty: 'EC', crv: 'P-256', x: 'TfRy8erNv7gdnHV_gne-CArbBPt97whCWtzJeEVjPJI', y: '2t08qaveLT2TZRt0JYjhAnIXo4_Az3Z-QExiQeCzk28', d: 'TwL2DdL8wbKmtfXFVMgyGDr3YBRyEhq5Nn4WXSH19RE' };
    const priv = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
    const pub = crypto.createPublicKey(priv);
    const ck = await crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt']);
    const keys = [secret, pub, priv, ck];
    for (const k of keys) {
      const c = structuredClone(k);
      console.log('clone', show(c), c instanceof crypto.KeyObject ? c.equals(k) : c !== k);
    }
    const w = new Worker(__filename, { workerData: keys });
    w.on('message', (m) => console.log('worker', m));
  })();
} else {
  for (const k of workerData) parentPort.postMessage(JSON.stringify(show(k)));
}
