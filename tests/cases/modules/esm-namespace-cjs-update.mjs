import * as ns from './fixtures/cjs-named/dot.js';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const cjs = require('./fixtures/cjs-named/dot.js');
cjs.alpha = 'changed';
console.log('named is snapshot', ns.alpha, 'default is live', ns.default.alpha);
