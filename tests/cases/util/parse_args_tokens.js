'use strict';
const { parseArgs } = require('node:util');

const { values, positionals, tokens } = parseArgs({
  args: ['-f', 'one', '--bar', 'pos1', '--foo=two', '-b', '--', '--bar', 'pos2'],
  options: { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' } },
  allowPositionals: true,
  tokens: true,
});
console.log(JSON.stringify(values), JSON.stringify(positionals));
for (const token of tokens) {
  console.log(token.kind, JSON.stringify(Object.keys(token)), JSON.stringify(token));
}

// Tokens let callers implement their own rules, e.g. negation.
const parsed = parseArgs({
  args: ['--no-color', '--logfile', 'x'],
  options: { color: { type: 'boolean' }, 'no-color': { type: 'boolean' }, logfile: { type: 'string' } },
  tokens: true,
});
for (const token of parsed.tokens) {
  if (token.kind !== 'option') continue;
  if (token.name.startsWith('no-')) {
    parsed.values[token.name.slice(3)] = false;
    delete parsed.values[token.name];
  }
}
console.log(JSON.stringify(parsed.values));
const noTokens = parseArgs({ args: [], tokens: false });
console.log('tokens key', 'tokens' in noTokens, Object.keys(noTokens).join(','));
