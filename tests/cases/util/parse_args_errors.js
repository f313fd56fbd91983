'use strict';
const { parseArgs } = require('node:util');

function run(label, config) {
  try {
    console.log(label, JSON.stringify(parseArgs(config)));
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}
const options = { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' }, long: { type: 'string' } };
run('unknown long', { args: ['--nope'], options });
run('unknown short', { args: ['-n'], options });
run('unknown with positionals', { args: ['--nope'], options, allowPositionals: true });
run('unexpected positional', { args: ['pos'], options });
run('missing value', { args: ['--foo'], options });
run('missing value short', { args: ['-f'], options });
run('missing value no short', { args: ['--long'], options });
run('boolean with value', { args: ['--bar=yes'], options });
run('ambiguous long', { args: ['--foo', '--bar'], options });
run('ambiguous short', { args: ['-f', '-b'], options });
run('ambiguous terminator', { args: ['--long', '--'], options });
run('dash value ok', { args: ['--foo', '-'], options });
run('args not array', { args: 'x' });
run('strict not boolean', { args: [], strict: 'yes' });
run('allowPositionals not boolean', { args: [], allowPositionals: 1 });
run('tokens not boolean', { args: [], tokens: null });
run('allowNegative not boolean', { args: [], allowNegative: 'no' });
run('options not object', { args: [], options: [] });
run('option not object', { args: [], options: { a: 'string' } });
run('bad type', { args: [], options: { a: { type: 'number' } } });
run('missing type', { args: [], options: { a: {} } });
run('short too long', { args: [], options: { a: { type: 'string', short: 'ab' } } });
run('short not string', { args: [], options: { a: { type: 'string', short: 1 } } });
run('multiple not boolean', { args: [], options: { a: { type: 'string', multiple: 'yes' } } });
run('args with number', { args: [5], strict: false });
