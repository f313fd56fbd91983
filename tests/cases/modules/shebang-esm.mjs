#!/usr/bin/env node
// An ES module main script with a hashbang, importing and requiring others.
import { createRequire } from 'module';
import { kind, stack } from './fixtures/shebang/mod.mjs';
const require = createRequire(import.meta.url);
const line = (s) => /([\w.-]+):(\d+):\d+\)?$/.exec(s.split('\n')[1]).slice(1, 3).join(':');
console.log(kind, line(stack));
console.log(require('./fixtures/shebang/bin.js').kind);
console.log(line(new Error('main').stack));
