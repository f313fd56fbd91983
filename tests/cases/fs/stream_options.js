'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
fs.writeFileSync('in', '0123456789');

const fd = fs.openSync('in', 'r');
const rs = fs.createReadStream(null, { fd, autoClose: false, encoding: 'utf8', start: 2, end: 4 });
let got = '';
rs.on('data', (c) => { got += c; });
rs.on('end', () => {
  console.log('noautoclose', got, rs.autoClose);
  console.log('fd still open', fs.fstatSync(fd).size);
  fs.closeSync(fd);
  const ws = fs.createWriteStream('out', { encoding: 'hex', flush: true });
  ws.write('414243');
  ws.end();
  ws.on('finish', () => console.log('finish', ws.bytesWritten, ws.pending));
  ws.on('close', () => {
    console.log('out', fs.readFileSync('out', 'utf8'), ws.closed);
    const ws2 = new fs.WriteStream('out2');
    ws2.close(() => {
      console.log('closed empty', fs.readFileSync('out2', 'utf8').length);
      const rs2 = fs.ReadStream('in', { highWaterMark: 4 });
      const parts = [];
      rs2.on('data', (c) => parts.push(c.length));
      rs2.on('close', () => {
        console.log('parts', parts);
        for (const bad of [{ start: -1 }, { end: 'x' }, { fd: 'x' }]) {
          try {
            fs.createReadStream('in', bad);
          } catch (e) {
            console.log(e.code, e.message);
          }
        }
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
