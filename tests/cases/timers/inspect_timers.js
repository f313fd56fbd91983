const t = setTimeout(() => {}, 1000);
console.log(require('util').inspect(t).replace(/_idleStart: \d+/, '_idleStart: N').replace(/asyncId\)\]: \d+/, 'asyncId)]: N'));
clearTimeout(t);
const i = setImmediate(() => {});
console.log(require('util').inspect(i).replace(/asyncId\)\]: \d+/, 'asyncId)]: N'));
clearImmediate(i);
