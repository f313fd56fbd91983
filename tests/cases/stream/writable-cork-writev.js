'use strict';
// cork/uncork batching into _writev; writableCorked counts.
const { Writable } = require('node:stream');

const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push(`_write ${chunk}`);
    cb();
  },
  writev(chunks, cb) {
    log.push(`_writev [${chunks.map((c) => `${c.chunk}:${c.encoding}`).join(', ')}] allBuffers=${chunks.allBuffers}`);
    cb();
  },
});
w.cork();
w.cork();
log.push(`corked=${w.writableCorked}`);
w.write('a');
w.write('b', () => log.push('cb b'));
w.write('c');
log.push(`buffered=${w.writableBuffer.length} length=${w.writableLength}`);
w.uncork();
log.push(`after one uncork corked=${w.writableCorked} buffered=${w.writableBuffer.length}`);
w.uncork();
log.push(`after two uncorks corked=${w.writableCorked}`);
w.uncork();
log.push(`extra uncork corked=${w.writableCorked}`);
w.write('single');
w.cork();
w.write('d');
w.write('e');
process.nextTick(() => {
  w.uncork();
  w.cork();
  w.write('f');
  w.end('g');
  log.push(`after end corked=${w.writableCorked}`);
});
w.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
});
