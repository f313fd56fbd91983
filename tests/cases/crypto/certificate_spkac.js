'use strict';
const { Certificate } = require('crypto');
const spkac = Buffer.from('MIICUzCCATswggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC33FiIiiexwLe/P8DZx5HsqFlmUO7/lvJ7necJVNwqdZ3ax5jpQB0p6uxfqeOvzcN3k5V7UFb/Am+nkSNZMAZhsWzCU2Z4Pjh50QYz3f0Hour7/yIGStOLyYY3hgLK2K8TbhgjQPhdkw9+QtKlpvbL8fLgONAoGrVOFnRQGcr70iFffsm79mgZhKVMgYiHPJqJgGHvCtkGg9zMgS7p63+Q3ZWedtFS2RhMX3uCBy/mH6EOlRCNBbRmA4xxNzyf5GQaki3T+Iz9tOMjdPP+CwV2LqEdylmBuik8vrfTb3qIHLKKBAI8lXN26wWtA3kN4L7NP+cbKlCRlqctvhmylLH1AgMBAAEWE3RoaXMtaXMtYS1jaGFsbGVuZ2UwDQYJKoZIhvcNAQEEBQADggEBAIozmeW1kfDfAVwRQKileZGLRGCD7AjdHLYEe16xTBPve8Af1bDOyuWsAm4qQLYA4FAFROiKeGqxCtIErEvm87/09tCfF1My/1Uj+INjAk39DK9J9alLlTsrwSgd1lb3YlXY7TyitCmh7iXLo4pVhA2chNA3njiMq3CUpSvGbpzrESL2dv97lv590gUD988wkTDVyYsf0T8+X0Kww3AgPWGji+2f2i5/jTfD/s1lK1nqi7ZxFm0pGZoy1MJ51SCEy7Y82ajroI+5786nC02mo9ak7samca4YDZOoxN4d3tax4B/HDF5dqJSm1/31xYLDTfujCM5FkSjRc4m6hnriEkc=\n');
console.log(Certificate.verifySpkac(spkac), new Certificate().verifySpkac(spkac.toString(), 'utf8'));
console.log(Certificate.exportChallenge(spkac).toString());
console.log(Certificate.exportPublicKey(spkac).toString());
const bad = Buffer.from(spkac);
bad[400] = bad[400] === 65 ? 66 : 65;
console.log(Certificate.verifySpkac(bad));
const junk = Buffer.from('not an spkac');
console.log(Certificate.verifySpkac(junk), JSON.stringify(Certificate.exportChallenge(junk)), JSON.stringify(Certificate.exportPublicKey(junk)));
console.log(Certificate() instanceof Certificate, typeof Certificate.prototype.verifySpkac);
for (const v of [1, {}, null, undefined]) {
  try { Certificate.verifySpkac(v); } catch (e) { console.log(e.code, e.message); }
}
