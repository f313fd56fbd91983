'use strict';
// Host memory meant for the isolate is counted: run with a small memory
// limit. argv: mode file
const zlib = require('zlib');
const crypto = require('crypto');
const fs = require('fs');
const [mode, file] = process.argv.slice(2);
const show = (e) => (e ? `${e.name} ${e.code}` : 'ok');
const attempt = (f) => { try { f(); return 'ok'; } catch (e) { return show(e); } };
switch (mode) {
  case 'scrypt': {
    // 1 GiB of scrypt memory, allowed by maxmem: past the isolate's limit.
    const opts = { N: 2 ** 20, r: 8, maxmem: 2 ** 31 };
    console.log('sync', attempt(() => crypto.scryptSync('pw', 'salt', 32, opts)));
    crypto.scrypt('pw', 'salt', 32, opts, (e) => console.log('async', show(e)));
    break;
  }
  case 'bomb': {
    // 256 MiB of zeros in 256 KiB of gzip: whole-buffer calls fail with
    // Node's RangeError; a stream inflates it all in bounded pieces.
    const bomb = fs.readFileSync(file);
    let n = 0;
    const s = zlib.createGunzip();
    s.on('data', (d) => { n += d.length; });
    s.on('end', () => {
      console.log('stream', n);
      console.log('sync', attempt(() => zlib.gunzipSync(bomb)));
      zlib.gunzip(bomb, (e) => console.log('async', show(e)));
    });
    s.end(bomb);
    break;
  }
}
