import { helper } from '#helper';
import { helper as self } from 'typemod';
import legacy from './_legacy.cjs';
console.log(helper, self, JSON.stringify(legacy));
console.log('typeof require', typeof require, 'this', this);
console.log('url', import.meta.url.endsWith('/typemod/type-module-js.js'));
const { createRequire } = await import('node:module');
const require2 = createRequire(import.meta.url);
console.log(require2('./_legacy.cjs').legacy, require2.resolve('#helper').endsWith('/typemod/_helper.js'));
