'use strict';
const util = require('node:util');
const custom = util.inspect.custom;
console.log(custom === Symbol.for('nodejs.util.inspect.custom'), typeof util.inspect.custom);
class WithCustom {
  constructor() { this.v = 1; }
  [custom](depth, opts, inspect) {
    return `WC<${depth}>${inspect({ n: { m: { o: 1 } } }, { ...opts, depth: opts.depth === null ? null : depth })}`;
  }
}
console.log(new WithCustom());
console.log({ outer: { inner: new WithCustom() } });
console.log(util.inspect(new WithCustom(), { depth: 0 }));
console.log(util.inspect(new WithCustom(), { depth: null }));
console.log({ a: { [custom]() { return 'line1\nline2'; } } });
console.log([{ [custom]() { return 'first\nsecond'; } }]);
console.log({ [custom]() { return [1, 2, { deep: { deeper: { deepest: true } } }]; } });
console.log({ x: 1, [custom]() { return this; } });
console.log(WithCustom.prototype);
const stylizer = { [custom](d, o) { return o.stylize('styled', 'special') + '|' + o.stylize('num', 'number'); } };
console.log(util.inspect(stylizer), util.inspect(stylizer, { colors: true }));
const optsKeys = { [custom](d, o) { return Object.keys(o).join(','); } };
console.log(util.inspect(optsKeys));
console.log(util.inspect(optsKeys, { myOwn: 1 }));
console.log(util.inspect({ [custom](d, o) { return `${o.myOwn}/${o.depth}/${o.compact}`; } }, { myOwn: 'U', depth: 5 }));
console.log(util.inspect({ [custom]: 'not a function', a: 1 }));
console.log(util.inspect({ [custom]() { return 'hidden'; } }, { customInspect: false }));
console.log(util.inspect({ [custom]() { return { nested: { [custom]() { return 'inner custom'; } } }; } }));
console.log(util.inspect({ [custom]: util.inspect, a: 1 }));
console.log(util.format('%s|%o|%O', { [custom]() { return 'C'; } }, { [custom]() { return 'C2'; } }, { [custom]() { return 'C3'; } }));
const nul = { [custom]() { return null; } };
const und = { [custom]() { return undefined; } };
console.log(nul, und, [nul]);
