// writeFileSync/readFileSync of 64 MiB.
const fs = require('fs');
const os = require('os');
const path = require('path');
const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wqb-')), 'big');
fs.writeFileSync(f, Buffer.alloc(64 << 20, 3));
if (fs.readFileSync(f).length !== 64 << 20) throw new Error('short');
fs.rmSync(path.dirname(f), { recursive: true });
