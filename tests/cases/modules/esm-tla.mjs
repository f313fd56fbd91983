console.log('start');
const { value } = await import('./fixtures/esm/tla.mjs');
console.log(value);
const x = await Promise.resolve(5);
console.log('x', x);
await new Promise((r) => setTimeout(r, 10));
console.log('after timeout');
process.on('exit', (c) => console.log('exit', c));
