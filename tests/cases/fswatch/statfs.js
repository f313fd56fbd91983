'use strict';
const fs = require('node:fs');
const fsp = require('node:fs/promises');

const keys = ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree'];
function check(label, s, kind) {
  console.log(label, s.constructor.name, JSON.stringify(Object.keys(s)),
    keys.every((k) => typeof s[k] === kind),
    s.bsize > 0, s.blocks >= s.bfree, s.bfree >= s.bavail, s.files >= s.ffree);
}
check('sync', fs.statfsSync('.'), 'number');
check('sync bigint', fs.statfsSync('.', { bigint: true }), 'bigint');
check('sync buffer', fs.statfsSync(Buffer.from('/')), 'number');
const a = fs.statfsSync('/');
const b = fs.statfsSync(new URL('file:///'));
console.log('same fs', a.type === b.type, a.bsize === b.bsize, a.blocks === b.blocks);
try {
  fs.statfsSync('./no-such-thing');
} catch (e) {
  console.log(e.name, e.code, e.errno, e.syscall, e.path, e.message, Object.keys(e));
}
try {
  fs.statfsSync(7);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  fs.statfs('.');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
fs.statfs('.', (err, s) => {
  console.log('cb err', err);
  check('cb', s, 'number');
  fs.statfs('.', { bigint: true }, (err, s) => {
    check('cb bigint', s, 'bigint');
    fs.statfs('./missing', (err, s) => {
      console.log('cb missing', err.code, err.syscall, err.message, s);
      (async () => {
        check('promise', await fsp.statfs('.'), 'number');
        check('promise bigint', await fsp.statfs('.', { bigint: true }), 'bigint');
        try {
          await fsp.statfs('./missing');
        } catch (e) {
          console.log('promise missing', e.code, e.message);
        }
      })();
    });
  });
});
