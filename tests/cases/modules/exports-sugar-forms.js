const path = require('node:path');
const { createRequire } = require('node:module');
const { show } = require('./_h');
// Resolve from inside packages to exercise self-reference and nested lookups.
const r = createRequire(path.join(__dirname, 'node_modules', 'exp-cond', 'x.js'));
show('self exp-cond', () => r('exp-cond'));
show('self exp-cond/node', () => r('exp-cond/node'));
show('plain from inside', () => r('plain').name);
const r2 = createRequire(path.join(__dirname, 'node_modules', 'exp-str', 'x.js'));
show('self exp-str', () => r2('exp-str'));
show('self exp-str/other', () => r2('exp-str/other'));
show('relative bypasses exports', () => r2('./other'));
