// fs.promises.readFile of 1,000 small files concurrently.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wqb-'));
for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, 'f' + i), 'x'.repeat(512));
Promise.all(Array.from({ length: 1000 }, (_, i) => fs.promises.readFile(path.join(dir, 'f' + i))))
  .then((bufs) => {
    if (bufs.reduce((a, b) => a + b.length, 0) !== 512000) throw new Error('short');
    fs.rmSync(dir, { recursive: true });
  });
