'use strict';
// readline/promises Readline: queues cursor/clear actions for a stream and
// writes them on commit().

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

const kStream = Symbol('stream');
const kTodo = Symbol('todo');
const kAutoCommit = Symbol('autoCommit');

class Readline {
  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this[kStream] = stream;
    this[kTodo] = [];
    this[kAutoCommit] = false;
    if (options && options.autoCommit !== undefined) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this[kAutoCommit] = options.autoCommit;
    }
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    const data = y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
    if (this[kAutoCommit]) {
      process.nextTick(() => this[kStream].write(data));
    } else {
      this[kTodo].push(data);
    }
    return this;
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += CSI`${-dx}D`;
      else if (dx > 0) data += CSI`${dx}C`;
      if (dy < 0) data += CSI`${-dy}A`;
      else if (dy > 0) data += CSI`${dy}B`;
      if (this[kAutoCommit]) {
        process.nextTick(() => this[kStream].write(data));
      } else {
        this[kTodo].push(data);
      }
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    const data = dir < 0 ? CSI.kClearToLineBeginning : dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine;
    if (this[kAutoCommit]) {
      process.nextTick(() => this[kStream].write(data));
    } else {
      this[kTodo].push(data);
    }
    return this;
  }

  clearScreenDown() {
    if (this[kAutoCommit]) {
      process.nextTick(() => this[kStream].write(CSI.kClearScreenDown));
    } else {
      this[kTodo].push(CSI.kClearScreenDown);
    }
    return this;
  }

  commit() {
    return new Promise((resolve) => {
      this[kStream].write(this[kTodo].join(''), resolve);
      this[kTodo] = [];
    });
  }

  rollback() {
    this[kTodo] = [];
    return this;
  }
}

module.exports = { Readline };
