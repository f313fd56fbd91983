'use strict';
// Synchronous _write callbacks are deferred and batched; event order.
const { Writable } = require('node:stream');

const log = [];
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    log.push(`_write ${chunk} ${enc}`);
    cb();
  },
});
w.on('drain', () => log.push('drain'));
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
for (const c of ['a', 'bb', 'c', 'dddd']) {
  const r = w.write(c, () => log.push(`cb ${c}`));
  log.push(`write ${c} -> ${r} len=${w.writableLength}`);
}
w.end('z', () => log.push('end cb'));
log.push(`after end: ended=${w.writableEnded} finished=${w.writableFinished} writable=${w.writable}`);
process.nextTick(() => log.push('tick'));
