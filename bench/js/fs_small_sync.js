// writeFileSync/readFileSync of 1 KiB, 10,000 times.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wqb-'));
const data = Buffer.alloc(1024, 7);
for (let i = 0; i < 10000; i++) {
  const f = path.join(dir, 'f' + (i % 100));
  fs.writeFileSync(f, data);
  if (fs.readFileSync(f).length !== 1024) throw new Error('short');
}
fs.rmSync(dir, { recursive: true });
