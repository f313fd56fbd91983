'use strict';
// Flowing mode: event order of data/end/close, pause/resume events.
const { Readable } = require('node:stream');

const log = [];
const chunks = ['a', 'bb', 'ccc'];
const r = new Readable({
  read() {
    const c = chunks.shift();
    log.push(`_read -> ${c === undefined ? 'null' : c}`);
    this.push(c === undefined ? null : c);
  },
});
r.on('pause', () => log.push('pause'));
r.on('resume', () => log.push('resume'));
r.on('data', (d) => log.push(`data ${d} flowing=${r.readableFlowing}`));
r.on('end', () => log.push(`end ended=${r.readableEnded}`));
r.on('close', () => {
  log.push(`close destroyed=${r.destroyed} closed=${r.closed}`);
  console.log(log.join('\n'));
});
log.push(`sync flowing=${r.readableFlowing} paused=${r.isPaused()}`);
process.nextTick(() => log.push('tick1'));
