'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'big');
const data = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 0xff;
fs.writeFileSync(file, data);
const back = fs.readFileSync(file);
console.log(back.length, back.equals(data));
let sum = 0;
const rs = fs.createReadStream(file);
let chunks = 0;
rs.on('data', (c) => { chunks++; for (const b of c) sum = (sum + b) % 65521; });
rs.on('end', () => {
  let expect = 0;
  for (const b of data) expect = (expect + b) % 65521;
  console.log('stream', chunks, sum === expect);
  fs.readFile(file, (err, b2) => {
    console.log('async', err, b2.length, b2.equals(data));
    fs.promises.readFile(file).then((b3) => {
      console.log('promise', b3.length, b3.equals(data));
      fs.rmSync(dir, { recursive: true });
    });
  });
});
