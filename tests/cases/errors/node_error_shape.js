'use strict';
const EventEmitter = require('node:events');

function describe(err) {
  const own = Object.getOwnPropertyNames(err).filter((k) => k !== 'stack').sort();
  const desc = {};
  for (const k of own) {
    const d = Object.getOwnPropertyDescriptor(err, k);
    desc[k] = `${d.enumerable ? 'E' : '-'}${d.writable ? 'W' : '-'}${d.configurable ? 'C' : '-'}`;
  }
  console.log(JSON.stringify(desc));
  console.log('name on proto chain:', !Object.prototype.hasOwnProperty.call(err, 'name'), err.name);
  console.log('has own stack:', Object.prototype.hasOwnProperty.call(err, 'stack'));
  console.log('toString:', err.toString());
  console.log('stack[0]:', err.stack.split('\n')[0]);
}
let caught;
try { new EventEmitter().on('x', 1); } catch (e) { caught = e; }
describe(caught);
// Mutating name/code changes toString and keeps stack
caught.name = 'Changed';
console.log('after name change:', caught.toString(), '|', caught.stack.split('\n')[0]);
caught.code = 'NEW_CODE';
console.log('after code change:', caught.toString());

try { new EventEmitter().setMaxListeners(-1); } catch (e) { caught = e; }
describe(caught);
try { new EventEmitter().emit('error', 'x'); } catch (e) { caught = e; }
describe(caught);
try { new AbortSignal(); } catch (e) { caught = e; }
describe(caught);
