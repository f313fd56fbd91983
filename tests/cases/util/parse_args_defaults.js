'use strict';
const { parseArgs } = require('node:util');

function run(label, config) {
  try {
    console.log(label, JSON.stringify(parseArgs(config)));
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}
run('defaults', {
  args: ['--given', 'g'],
  options: {
    given: { type: 'string', default: 'dg' },
    str: { type: 'string', default: 'ds' },
    flag: { type: 'boolean', default: false },
    list: { type: 'string', multiple: true, default: ['a', 'b'] },
    flags: { type: 'boolean', multiple: true, default: [true] },
    undef: { type: 'string', default: undefined },
  },
});
run('multiple replaces default', { args: ['--list', 'x'], options: { list: { type: 'string', multiple: true, default: ['a'] } } });
run('bad string default', { args: [], options: { a: { type: 'string', default: 1 } } });
run('bad boolean default', { args: [], options: { a: { type: 'boolean', default: 'true' } } });
run('null default', { args: [], options: { a: { type: 'boolean', default: null } } });
run('bad multiple default', { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
run('bad multiple element', { args: [], options: { a: { type: 'string', multiple: true, default: ['x', 2] } } });
run('bad boolean element', { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 'no'] } } });
