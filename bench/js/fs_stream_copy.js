// Streaming copy of 256 MiB with createReadStream → createWriteStream.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wqb-'));
const src = path.join(dir, 'src');
const fd = fs.openSync(src, 'w');
const block = Buffer.alloc(1 << 20, 5);
for (let i = 0; i < 256; i++) fs.writeSync(fd, block);
fs.closeSync(fd);
fs.createReadStream(src).pipe(fs.createWriteStream(path.join(dir, 'dst'))).on('finish', () => {
  if (fs.statSync(path.join(dir, 'dst')).size !== 256 << 20) throw new Error('short');
  fs.rmSync(dir, { recursive: true });
});
