'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'f');

fs.open(file, 'w+', (err, fd) => {
  console.log('open', err, typeof fd);
  fs.write(fd, 'hello world', (err2, written, str) => {
    console.log('write str', err2, written, str);
    fs.write(fd, Buffer.from('HELLO'), 0, 5, 0, (err3, w2, buf) => {
      console.log('write buf', err3, w2, buf.toString());
      fs.write(fd, 'xy', 5, 'utf8', (err4, w3) => {
        console.log('write pos', err4, w3);
        const b = Buffer.alloc(11);
        fs.read(fd, b, 0, 11, 0, (err5, n, rb) => {
          console.log('read', err5, n, rb === b, b.toString());
          fs.read(fd, { buffer: Buffer.alloc(4), position: 2 }, (err6, n2, rb2) => {
            console.log('read params', err6, n2, rb2.toString());
            fs.read(fd, Buffer.alloc(3), { position: 8 }, (err7, n3, rb3) => {
              console.log('read opts', err7, n3, rb3.toString());
              fs.read(fd, Buffer.alloc(0), 0, 0, 0, (err8, n4) => {
                console.log('read empty', err8, n4);
                fs.fstat(fd, (err9, st) => {
                  console.log('fstat', err9, st.size);
                  fs.ftruncate(fd, 4, (err10) => {
                    console.log('ftruncate', err10, fs.readFileSync(file, 'utf8'));
                    fs.fsync(fd, (err11) => {
                      console.log('fsync', err11);
                      fs.close(fd, (err12) => {
                        console.log('close', err12);
                        fs.close(fd, (err13) => {
                          console.log('close again', err13.code, err13.message);
                          fs.read(fd, Buffer.alloc(1), 0, 1, 0, (err14) => {
                            console.log('read closed', err14.code, err14.syscall);
                            fs.rmSync(dir, { recursive: true });
                          });
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
});

for (const fn of [
  () => fs.open(file),
  () => fs.read(0, Buffer.alloc(1), 0, 1, 0),
  () => fs.write(0, 'x', 0, 'utf8'),
  () => fs.stat(file),
  () => fs.close('x'),
  () => fs.readFile(file),
]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
