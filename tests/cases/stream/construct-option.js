'use strict';
// construct option: _read/_write wait until construction completes.
const { Readable, Writable, Duplex } = require('node:stream');

const logs = {};
const log = {
  push(line) {
    const key = line.split(' ')[0];
    (logs[key] = logs[key] || []).push(line);
  },
};
const r = new Readable({
  construct(cb) {
    log.push('r construct');
    setImmediate(() => { log.push('r constructed'); cb(); });
  },
  read() {
    log.push('r _read');
    this.push('data');
    this.push(null);
  },
});
r.on('data', (d) => log.push(`r data ${d}`));
r.on('end', () => log.push('r end'));
log.push('r created');

const w = new Writable({
  construct(cb) {
    log.push('w construct');
    setTimeout(() => { log.push('w constructed'); cb(); }, 2);
  },
  write(c, e, cb) {
    log.push(`w _write ${c}`);
    cb();
  },
  final(cb) {
    log.push('w final');
    cb();
  },
});
w.write('early');
log.push(`w buffered=${w.writableLength}`);
w.end();
w.on('finish', () => log.push('w finish'));

const failing = new Writable({
  construct(cb) { cb(new Error('construct failed')); },
  write(c, e, cb) { log.push('failing _write (unexpected)'); cb(); },
});
failing.on('error', (e) => log.push(`failing error ${e.message}`));
failing.on('close', () => log.push('failing close'));
failing.write('x', (err) => log.push(`failing write cb ${err && err.message}`));

const d = new Duplex({
  construct(cb) { log.push('d construct once'); cb(); },
  read() { this.push(null); },
  write(c, e, cb) { cb(); },
});
d.resume();
d.end();
d.on('close', () => log.push('d close'));

const early = new Readable({
  construct(cb) { setTimeout(cb, 3); },
  read() {},
});
early.on('close', () => log.push(`early close constructed-destroy`));
early.destroy();

process.on('exit', () => {
  for (const key of Object.keys(logs).sort()) console.log(logs[key].join('\n'));
});
