const base = new URL('./fixtures/esm/', import.meta.url);
const m1 = await import(new URL('mod.js', base).href);
console.log('href', m1.answer);
const m2 = await import(new URL('mod.js?x=1', base).href);
console.log('query is another instance', m1 === m2, m2.answer);
const m3 = await import(new URL('mod.js#frag', base).href);
console.log('fragment is another instance', m1 === m3);
const m4 = await import('./fixtures/esm/mod.js?x=1');
console.log('same query same instance', m4 === m2);
try {
  await import('file:///definitely/not/here.mjs');
} catch (e) {
  console.log(e.code, e.message.split(process.cwd()).join('.'));
}
