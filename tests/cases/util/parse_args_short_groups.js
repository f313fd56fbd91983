'use strict';
const { parseArgs } = require('node:util');

function run(label, config) {
  try {
    console.log(label, JSON.stringify(parseArgs({ ...config, tokens: true })));
  } catch (err) {
    console.log(label, 'threw', err.code, JSON.stringify(err.message));
  }
}
const options = {
  alpha: { type: 'boolean', short: 'a' },
  beta: { type: 'boolean', short: 'b' },
  out: { type: 'string', short: 'o' },
};
run('group', { args: ['-ab'], options });
run('group with string last', { args: ['-abo', 'file'], options });
run('group with string inline', { args: ['-aboFILE'], options });
run('string first', { args: ['-oab'], options });
run('group then arg', { args: ['-ba', 'pos'], options, allowPositionals: true });
run('unknown in group', { args: ['-az'], options });
run('unknown group non strict', { args: ['-xyz'], strict: false });
run('equals in group', { args: ['-a=b'], options, strict: false });
run('group indexes', { args: ['-ab', '-o', 'x', '-ba'], options });
