const path = require('node:path');
const first = require('./fixtures/runs');
const again = require('./fixtures/runs');
console.log('first', first.run, 'cached', again === first);
delete require.cache[path.join(__dirname, 'fixtures', 'runs.js')];
const third = require('./fixtures/runs');
console.log('after delete', third.run, third === first);
delete require.cache[require.resolve('./fixtures/runs')];
console.log('after delete 2', require('./fixtures/runs').run);
// A fake cache entry is returned as is.
require.cache[path.join(__dirname, 'fixtures', 'ghost.js')] = { exports: 'ghost', loaded: true };
try { console.log('ghost', require('./fixtures/ghost')); } catch (e) { console.log('ghost threw', e.code); }
