'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);

fs.writeFile('a', 'first', (err) => {
  console.log('writeFile', err);
  fs.readFile('a', 'utf8', (err2, s) => {
    console.log('readFile', err2, s);
    fs.appendFile('a', ' second', (err3) => {
      console.log('appendFile', err3);
      fs.readFile('a', (err4, b) => {
        console.log('readFile buf', err4, b);
        fs.writeFile('b', Buffer.from([0xe2, 0x82, 0xac]), { mode: 0o600 }, (err5) => {
          console.log('writeFile buf', err5, fs.readFileSync('b', 'utf8'), (fs.statSync('b').mode & 0o777).toString(8));
          fs.readFile('missing', (err6, d) => {
            console.log('readFile missing', err6.code, err6.message, d);
            fs.readFile('.', (err7) => {
              console.log('readFile dir', err7.code, err7.message, err7.syscall);
              fs.writeFile('a', 'x', { flag: 'wx' }, (err8) => {
                console.log('writeFile wx', err8.code, err8.message);
                fs.writeFile('c', 'utf16', 'utf16le', (err9) => {
                  console.log('utf16', err9, fs.readFileSync('c').length, fs.readFileSync('c', 'utf16le'));
                  const fd = fs.openSync('a', 'r');
                  fs.readFile(fd, 'utf8', (err10, s10) => {
                    console.log('readFile fd', err10, s10);
                    fs.closeSync(fd);
                    fs.appendFile('new', new Uint8Array([65, 66]), (err11) => {
                      console.log('append new', err11, fs.readFileSync('new', 'utf8'));
                      process.chdir(os.tmpdir());
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
