import { describe, a } from './fixtures/esm/cycle-a.mjs';
import { earlyA } from './fixtures/esm/cycle-b.mjs';
console.log(describe());
console.log('a', a, 'earlyA', earlyA);
