// net.Socket({ fd }) with descriptors a script should not be able to wrap:
// a regular file it opened, numbers it does not hold, bad values. Each is
// Node's error; none reaches a host descriptor.
const fs = require('fs');
const net = require('net');
const path = require('path');
const os = require('os');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sockfd-')), 'f.txt');
fs.writeFileSync(file, 'x');
const fd = fs.openSync(file, 'r');
for (const v of [fd, 1000, 65535, -1, 2 ** 31, 1.5, 'x', null]) {
  const label = v === fd ? 'opened file' : JSON.stringify(v);
  try {
    const s = new net.Socket({ fd: v });
    console.log(label, 'made', typeof s);
    s.destroy();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
fs.closeSync(fd);
fs.rmSync(path.dirname(file), { recursive: true });
