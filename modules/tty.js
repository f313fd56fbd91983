'use strict';
// tty: isatty and the TTY stream classes (process.stdout/stderr/stdin are
// already TTY-aware when attached to a terminal).

const { guessHandleType } = internalBinding('tty');
const { Readable, Writable } = require('stream');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && guessHandleType(fd) === 'TTY';
}

class ReadStream extends Readable {
  constructor(fd, options) {
    super(options);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    this.isRaw = !!flag;
    return this;
  }
}

class WriteStream extends Writable {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = true;
    this.columns = 80;
    this.rows = 24;
  }

  getColorDepth(env = process.env) {
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
    return 4;
  }

  hasColors(count = 16, env) {
    if (typeof count === 'object') {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  getWindowSize() { return [this.columns, this.rows]; }

  clearLine(dir, cb) { return require('readline').clearLine(this, dir, cb); }

  clearScreenDown(cb) { return require('readline').clearScreenDown(this, cb); }

  cursorTo(x, y, cb) { return require('readline').cursorTo(this, x, y, cb); }

  moveCursor(dx, dy, cb) { return require('readline').moveCursor(this, dx, dy, cb); }
}

module.exports = { isatty, ReadStream, WriteStream };
