// flags: --experimental-permission --allow-fs-read={dir}/read_grants.js --allow-fs-read={dir}/_data
// Reads inside the grant succeed; reads outside it fail with ERR_ACCESS_DENIED
// (sync throws, callbacks get the error); process.permission answers.
const fs = require('fs');
const path = require('path');
const rel = (p) => p && path.relative(__dirname, p);
console.log(process.permission.has('fs.read', path.join(__dirname, '_data')));
console.log(process.permission.has('fs.read', path.join(__dirname, '_secret', 's.txt')));
console.log(process.permission.has('fs.write', path.join(__dirname, '_data')));
console.log(process.permission.has('child'), process.permission.has('worker'));
console.log(fs.readFileSync(path.join(__dirname, '_data', 'inner', 'file.txt'), 'utf8').trim());
console.log(require('./_data/helper.js'));
for (const p of ['_secret/s.txt', '_data/../_secret/s.txt', '_secret']) {
  try {
    fs.readFileSync(path.join(__dirname, p));
  } catch (e) {
    console.log(p, e.code, e.permission, rel(e.resource));
  }
}
try { fs.writeFileSync(path.join(__dirname, '_data', 'new.txt'), 'x'); } catch (e) { console.log('write', e.code, e.permission, rel(e.resource)); }
try { require('./_secret/s.txt'); } catch (e) { console.log('require', e.code); }
try { process.permission.has(1); } catch (e) { console.log(e.code); }
// Node 20 calls a denied callback synchronously; wqnode always calls back from
// the loop (RATIONALE.md), so nothing synchronous follows the async calls.
// The promise is made after the callback ran: the two orders are not raced.
fs.readFile(path.join(__dirname, '_secret', 's.txt'), (err) => {
  console.log('callback', err.code, err.permission);
  fs.promises.readFile(path.join(__dirname, '_secret', 's.txt')).catch((err) => console.log('promise', err.code));
});
