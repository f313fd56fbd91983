'use strict';
const { Console } = require('node:console');
const out = [];
const stream = (prefix) => ({ write(s) { out.push(prefix + s); } });
const c = new Console({ stdout: stream('OUT:'), stderr: stream('ERR:'), ignoreErrors: false });
c.trace('message %d', 5);
c.trace();
c.trace({ a: 1 });
c.group('g');
c.trace('in group');
c.groupEnd();
for (const s of out) {
  const lines = s.split('\n');
  console.log(JSON.stringify(lines[0]), lines.length > 2, lines.slice(1, -1).every((l) => /^\s+at /.test(l)));
}
