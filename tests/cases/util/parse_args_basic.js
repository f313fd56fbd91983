'use strict';
const { parseArgs } = require('node:util');

function run(label, config) {
  try {
    const r = parseArgs(config);
    console.log(label, JSON.stringify(r), Object.getPrototypeOf(r.values));
  } catch (err) {
    console.log(label, 'threw', err.name, err.code, JSON.stringify(err.message));
  }
}
const options = {
  foo: { type: 'string', short: 'f' },
  bar: { type: 'boolean', short: 'b' },
  many: { type: 'string', multiple: true, short: 'm' },
  verbose: { type: 'boolean', multiple: true, short: 'v' },
};
run('long', { args: ['--foo', 'x', '--bar'], options });
run('short', { args: ['-f', 'x', '-b'], options });
run('inline', { args: ['--foo=x=y', '-fz'], options });
run('empty inline', { args: ['--foo='], options });
run('multiple', { args: ['-m', '1', '--many', '2', '-m3', '--many=4'], options });
run('repeat boolean', { args: ['-v', '-vv', '--verbose'], options });
run('last wins', { args: ['--foo', 'a', '--foo', 'b'], options });
run('positionals', { args: ['a', '--bar', 'b', '--', '--foo', '-x'], options, allowPositionals: true });
run('dash alone', { args: ['-'], options, allowPositionals: true });
run('no args', { args: [], options });
run('no options', { args: [] });
run('non strict', { args: ['--unknown', '-xyz', '--k=v', 'pos'], strict: false });
run('non strict string missing', { args: ['--foo'], options, strict: false });
run('non strict bool with value', { args: ['--bar=1'], options, strict: false });
run('proto', { args: ['--__proto__', 'x', '--constructor'], strict: false });
run('values proto', { args: ['--toString'], options: { toString: { type: 'boolean' } } });
run('string value starting with dash inline', { args: ['--foo=-x', '-f-y'], options });
run('value looks like option non strict', { args: ['--foo', '--bar'], options, strict: false });
