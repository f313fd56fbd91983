'use strict';
// process.stdout / stderr / stdin. Writes to stdout and stderr are
// synchronous, as Node's are for files, pipes and TTYs on Linux.

const pb = internalBinding('process');
const { guessHandleType } = internalBinding('tty');

function create(fd) {
  if (fd === 0) return createStdin();
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    // A failed write (ENOSPC, EPIPE, EBADF) fails the callback and the
    // stream ('error'), as Node's writeSync-backed stdio does.
    write(chunk, encoding, cb) {
      try {
        if (typeof chunk === 'string') {
          if (encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer' || !encoding) {
            pb.writeString(fd, chunk);
            return cb();
          }
          chunk = require('buffer').Buffer.from(chunk, encoding);
        }
        pb.writeBytes(fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
      } catch (err) {
        return cb(err);
      }
      cb();
    },
  });
  stream.fd = fd;
  stream._type = guessHandleType(fd);
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = function(err, cb) { cb(err); };
  if (stream._type === 'TTY') {
    stream.isTTY = true;
    const [columns, rows] = pb.windowSize(fd);
    stream.columns = columns;
    stream.rows = rows;
    stream.getColorDepth = () => 8;
    stream.hasColors = (n = 16) => n <= 256;
    stream.getWindowSize = () => [stream.columns, stream.rows];
  }
  return stream;
}

function createStdin() {
  const { Readable } = require('stream');
  let reading = false;
  const stream = new Readable({
    read() {
      if (reading) return;
      reading = true;
      pb.readStdin((chunk) => {
        reading = false;
        if (chunk === null) this.push(null);
        else this.push(chunk);
      });
    },
  });
  // A paused stdin must not keep the process alive.
  stream.on('pause', () => { reading = false; pb.stdinReadStop(); });
  stream.fd = 0;
  stream._type = guessHandleType(0);
  if (stream._type === 'TTY') {
    stream.isTTY = true;
    stream.setRawMode = () => stream;
  }
  return stream;
}

module.exports = { create };
