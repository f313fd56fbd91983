'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
fs.writeFileSync('in.txt', 'abcdefghijklmnopqrstuvwxyz');

function step1() {
  const rs = fs.createReadStream('in.txt', { highWaterMark: 10 });
  console.log('pending', rs.pending, rs.path, rs instanceof fs.ReadStream);
  const chunks = [];
  rs.on('open', (fd) => console.log('open', typeof fd));
  rs.on('ready', () => console.log('ready'));
  rs.on('data', (c) => chunks.push(c.toString()));
  rs.on('end', () => console.log('end', chunks, rs.bytesRead));
  rs.on('close', () => {
    console.log('close');
    step2();
  });
}

function step2() {
  const rs = fs.createReadStream('in.txt', { start: 3, end: 7, encoding: 'utf8' });
  let s = '';
  rs.on('data', (c) => { s += c; });
  rs.on('close', () => {
    console.log('range', s);
    step3();
  });
}

function step3() {
  const rs = fs.createReadStream('missing.txt');
  rs.on('error', (e) => console.log('error', e.code, e.message));
  rs.on('close', () => {
    console.log('closed after error');
    step4();
  });
}

function step4() {
  const ws = fs.createWriteStream('out.txt');
  console.log('ws pending', ws.pending, ws instanceof fs.WriteStream);
  ws.on('open', () => console.log('ws open'));
  ws.write('hello ');
  ws.write(Buffer.from('world'));
  ws.end('!', () => console.log('end cb', ws.bytesWritten));
  ws.on('finish', () => console.log('finish'));
  ws.on('close', () => {
    console.log('ws close', fs.readFileSync('out.txt', 'utf8'));
    step5();
  });
}

function step5() {
  const ws = fs.createWriteStream('out.txt', { flags: 'a' });
  ws.end('+more');
  ws.on('close', () => {
    console.log('append', fs.readFileSync('out.txt', 'utf8'));
    const ws2 = fs.createWriteStream('out.txt', { flags: 'r+', start: 1 });
    ws2.end('EL');
    ws2.on('close', () => {
      console.log('start', fs.readFileSync('out.txt', 'utf8'));
      step6();
    });
  });
}

function step6() {
  const rs = fs.createReadStream('in.txt');
  const ws = fs.createWriteStream('copy.txt');
  rs.pipe(ws);
  ws.on('close', () => {
    console.log('piped', fs.readFileSync('copy.txt', 'utf8'));
    const ws3 = fs.createWriteStream(path.join('nodir', 'x'));
    ws3.on('error', (e) => {
      console.log('ws error', e.code, e.syscall);
    });
    ws3.on('close', () => {
      console.log('ws3 closed');
      const fd = fs.openSync('in.txt', 'r');
      const rs2 = fs.createReadStream(null, { fd, start: 20 });
      let s = '';
      rs2.on('data', (c) => { s += c; });
      rs2.on('close', () => {
        console.log('fd stream', s);
        try {
          fs.closeSync(fd);
        } catch (e) {
          console.log('fd closed by stream', e.code);
        }
        try {
          fs.createReadStream('in.txt', { start: 5, end: 2 });
        } catch (e) {
          console.log(e.code, e.message);
        }
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
}

step1();
