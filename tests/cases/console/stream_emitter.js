'use strict';
const { Console } = require('node:console');
const EventEmitter = require('node:events');
function makeStream(name, out) {
  const s = new EventEmitter();
  s.write = (chunk, cb) => { out.push(`${name}:${chunk}`); return true; };
  return s;
}
const out = [];
const stdout = makeStream('out', out);
const stderr = makeStream('err', out);
const c = new Console(stdout, stderr);
c.log('default ignoreErrors');
c.error('to stderr');
console.log(JSON.stringify(out), stdout.listenerCount('error'), stderr.listenerCount('error'));
const failing = new EventEmitter();
failing.write = () => { throw new Error('write failed'); };
const c2 = new Console(failing);
c2.log('swallowed');
console.log('after swallowed error', failing.listenerCount('error'));
const c3 = new Console({ stdout: failing, ignoreErrors: false });
try { c3.log('not swallowed'); } catch (e) { console.log('threw', e.message); }
const withListener = makeStream('wl', out);
const handler = () => {};
withListener.on('error', handler);
new Console(withListener).log('has listener');
console.log(withListener.listenerCount('error'), out.length);
