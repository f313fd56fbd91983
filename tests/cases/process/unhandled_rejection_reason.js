// How an unhandled rejection's reason is named in Node's error (V8's
// side-effect-free string: no getter, no Proxy trap of the reason runs),
// with the error Node makes for each.
const reasons = [
  5, 'str', Symbol('s'), null, undefined, [1, 2], new Map([[1, 2]]),
  new (class Foo {})(), function named() { return 1; }, Object.create(null), 10n,
  { __proto__: { constructor: { get name() { console.log('SIDE EFFECT'); return 'X'; } } } },
  Object.assign(Object.create(Error.prototype), { message: 'm' }),
  { a: 1 },
];
const seen = [];
process.on('uncaughtException', (err, origin) => {
  seen.push(`${origin} ${err.code} ${err.message.replace(/^.*reason /, '')}`);
});
for (const r of reasons) Promise.reject(r);
setTimeout(() => { for (const s of seen) console.log(s); }, 10);
