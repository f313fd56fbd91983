// The fetch globals' shape: what each prototype has, in Node's order, with
// enumerability, lengths and names; fetch's own descriptor; subclassing.
for (const C of [Headers, Request, Response, FormData]) {
  const names = Object.getOwnPropertyNames(C.prototype).filter((n) => n !== 'attribute');
  console.log(C.name, C.length, names);
  console.log('  enumerable', names.filter((n) => Object.getOwnPropertyDescriptor(C.prototype, n).enumerable));
  console.log('  lengths', names.filter((n) => typeof Object.getOwnPropertyDescriptor(C.prototype, n).value === 'function')
    .map((n) => `${n}:${C.prototype[n].length}`).join(' '));
  console.log('  tag', Object.prototype.toString.call(C.prototype), typeof C.prototype[Symbol.iterator]);
  const d = Object.getOwnPropertyDescriptor(globalThis, C.name);
  console.log('  global enumerable', d.enumerable, 'configurable', d.configurable);
}
console.log(Object.getOwnPropertyNames(Response).sort(), Response.json.length, Response.redirect.length, Response.error.length);
const fd = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
console.log(typeof fetch, fetch.name, fetch.length, fd.enumerable, fd.writable, fd.configurable);
class MyHeaders extends Headers { extra() { return this.get('a'); } }
const mh = new MyHeaders({ a: '1' });
console.log(mh.extra(), mh instanceof Headers, [...mh]);
class MyResponse extends Response { get kind() { return 'mine'; } }
const mr = new MyResponse('body', { status: 202 });
console.log(mr.kind, mr.status, mr instanceof Response);
mr.text().then((t) => console.log(t));
class MyRequest extends Request {}
const rq = new MyRequest('http://x/', { method: 'POST', body: 'b' });
console.log(rq instanceof Request, rq.method);
console.log(Object.keys(new Headers()), Object.keys(new Response()), Object.keys(new FormData()));
