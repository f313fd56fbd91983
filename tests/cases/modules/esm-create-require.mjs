import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(require('./fixtures/b').name, require('plain').name);
console.log(require.resolve('exp-cond').split(process.cwd()).join('.'));
try { require('./fixtures/esm/mod.js'); } catch (e) { console.log(e.code); }
console.log('main', require.main);
