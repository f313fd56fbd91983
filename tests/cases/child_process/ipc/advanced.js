'use strict';
// fork with serialization: 'advanced': values JSON cannot carry go both
// ways as V8's serializer writes them; values V8 cannot clone throw at
// send; the child does not see NODE_CHANNEL_SERIALIZATION_MODE.
const { fork } = require('node:child_process');
const util = require('node:util');

if (process.argv[2] === 'child') {
  console.log('child env mode', process.env.NODE_CHANNEL_SERIALIZATION_MODE);
  process.on('message', (m) => {
    if (m === 'done') {
      process.disconnect();
      return;
    }
    process.send({ back: m });
  });
  process.send(new Map([['ready', true]]));
  return;
}

const child = fork(__filename, ['child'], { serialization: 'advanced' });
const circular = { name: 'c' };
circular.self = circular;
const values = [
  null, -0, NaN, [2n ** 65n], 'str\u20ac', new Date(0), /re/y, new Set([1, 'a']),
  new Map([[{ k: 1 }, [1, , 3]]]), Buffer.from('buf'), new Int32Array([-1, 2]),
  new Uint8Array([1, 2, 3]).subarray(1), Object.assign(new TypeError('te'), { stack: 'S' }), circular, [Object(1), Object('s')],
];
let pending = values.length;
child.on('message', (m) => {
  console.log('parent got', util.inspect(m, { depth: 4, breakLength: Infinity }));
  if (m instanceof Map) {
    for (const v of values) child.send(v);
    for (const bad of [() => 1, Symbol('s'), { p: Promise.resolve() }, new WeakMap()]) {
      try {
        child.send(bad);
        console.log('sent?');
      } catch (e) {
        console.log('send throws', e.constructor.name, e.code, e.message);
      }
    }
    return;
  }
  if (m.back === circular || (m.back && m.back.self)) console.log('  circular', m.back.self === m.back);
  if (--pending === 0) child.send('done');
});
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
