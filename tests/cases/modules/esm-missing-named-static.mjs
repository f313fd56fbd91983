import { nope } from './fixtures/esm/mod.js';
console.log('never', nope);
