'use strict';
const { parseArgs } = require('node:util');

function run(label, config) {
  try {
    console.log(label, JSON.stringify(parseArgs(config)));
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}
const options = {
  color: { type: 'boolean', short: 'c' },
  name: { type: 'string' },
  list: { type: 'boolean', multiple: true },
  'no-cache': { type: 'boolean' },
};
run('negate', { args: ['--no-color'], options, allowNegative: true, tokens: true });
run('negate off', { args: ['--no-color'], options });
run('negate then set', { args: ['--no-color', '--color'], options, allowNegative: true });
run('set then negate', { args: ['--color', '--no-color'], options, allowNegative: true });
run('negate string', { args: ['--no-name'], options, allowNegative: true });
run('negate with value', { args: ['--no-color=yes'], options, allowNegative: true });
run('negate multiple', { args: ['--list', '--no-list', '--list'], options, allowNegative: true });
run('option named no-', { args: ['--no-cache'], options, allowNegative: true, tokens: true });
run('negate unknown', { args: ['--no-thing'], options, allowNegative: true });
run('negate unknown loose', { args: ['--no-thing'], options, allowNegative: true, strict: false });
run('default and negate', { args: ['--no-color'], options: { color: { type: 'boolean', default: true } }, allowNegative: true });
