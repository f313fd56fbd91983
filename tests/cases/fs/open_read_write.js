'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { Buffer } = require('node:buffer');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'f.txt');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message.split(dir).join('<tmp>'));
  }
}

const fd = fs.openSync(file, 'w+');
console.log(typeof fd, fd > 2);
console.log(fs.writeSync(fd, 'hello '));
console.log(fs.writeSync(fd, Buffer.from('world')));
console.log(fs.writeSync(fd, Buffer.from('XXabcXX'), 2, 3));
console.log(fs.writeSync(fd, 'H', 0));
console.log(fs.writeSync(fd, Buffer.from('W'), 0, 1, 6));
console.log(fs.writeSync(fd, 'ÿ', null, 'latin1'));
console.log(fs.writeSync(fd, new Uint16Array([0x4241])));
console.log(fs.readFileSync(file, 'latin1'));

const buf = Buffer.alloc(8);
console.log(fs.readSync(fd, buf, 0, 5, 0), buf.toString());
console.log(fs.readSync(fd, buf, 2, 4, 6), buf.toString());
console.log(fs.readSync(fd, buf, { position: 1, length: 3 }), buf.toString());
console.log(fs.readSync(fd, buf, 0, 8, 1000));
console.log(fs.readSync(fd, buf, 0, 0, 0));
console.log(fs.readSync(fd, buf, 0, 2, 2n), buf.toString());
const view = new DataView(new ArrayBuffer(4));
console.log(fs.readSync(fd, view, 0, 4, 0), view.getUint8(0));
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd).isFile());
fs.ftruncateSync(fd, 3);
console.log(fs.readFileSync(file, 'utf8'));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);

attempt('read closed', () => fs.readSync(fd, buf));
attempt('close closed', () => fs.closeSync(fd));
attempt('bad fd', () => fs.readSync(-1, buf));
attempt('bad fd type', () => fs.closeSync('3'));
attempt('bad buffer', () => fs.readSync(0, 'str'));
attempt('bad offset', () => fs.readSync(0, buf, 9, 1));
attempt('bad length', () => fs.readSync(0, buf, 0, 9));
attempt('bad flags', () => fs.openSync(file, 'q'));
attempt('bad mode', () => fs.openSync(file, 'r', '9'));
attempt('missing', () => fs.openSync(path.join(dir, 'nope')));
attempt('excl', () => fs.openSync(file, 'wx'));
attempt('write data', () => fs.writeSync(1, 5));

const rfd = fs.openSync(file, 'r');
attempt('write ro', () => fs.writeSync(rfd, 'x'));
fs.closeSync(rfd);

const afd = fs.openSync(file, 'a');
fs.writeSync(afd, '-appended');
fs.closeSync(afd);
const nfd = fs.openSync(file, fs.constants.O_RDWR);
fs.writeSync(nfd, 'Z');
fs.closeSync(nfd);
console.log(fs.readFileSync(file, 'utf8'));
fs.rmSync(dir, { recursive: true, force: true });
