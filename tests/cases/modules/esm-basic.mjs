import { answer } from './fixtures/esm/mod.js';
import def, * as ns from './fixtures/esm/mod.js';
console.log('answer', answer, 'default', def);
console.log('ns keys', Object.keys(ns));
console.log('ns tag', ns[Symbol.toStringTag]);
console.log('this', this);
console.log('typeof require', typeof require, 'typeof module', typeof module, 'typeof exports', typeof exports);
console.log('typeof __filename', typeof __filename, typeof __dirname);
try { ns.answer = 1; } catch (e) { console.log('ns frozen', e.name); }
