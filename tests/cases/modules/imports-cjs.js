const { rel } = require('./_h');
for (const line of require('./fixtures/imp/use.js')) console.log(typeof line === 'string' ? rel(line) : line);
try {
  require('#internal');
} catch (e) {
  console.log('outside package:', e.code, rel(e.message).split('\n')[0]);
}
