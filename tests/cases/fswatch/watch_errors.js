'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
    if (r && typeof r.close === 'function') r.close();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.syscall) console.log('  ', e.errno, e.syscall, e.path, e.filename, Object.keys(e));
  }
}

show('missing', () => fs.watch('./no/such/dir'));
show('missing file', () => fs.watch('missing-file.txt'));
show('number', () => fs.watch(123));
show('null byte', () => fs.watch('a\0b'));
show('bad encoding', () => fs.watch('.', { encoding: 'bogus' }));
show('bad recursive', () => fs.watch('.', { recursive: 'yes' }));
show('bad options', () => fs.watch('.', 5));
show('bad listener', () => fs.watch('.', { persistent: false }, 5));
show('bad signal', () => fs.watch('.', { signal: {} }));
show('url', () => fs.watch(new URL('file:///definitely/not/here')));
show('buffer path', () => fs.watch(Buffer.from('.')));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
show('recursive on file', () => {
  fs.writeFileSync(path.join(dir, 'f'), '');
  return fs.watch(path.join(dir, 'f'), { recursive: true });
});
fs.rmSync(dir, { recursive: true, force: true });
