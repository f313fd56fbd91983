// Headers: construction from records, sequences and Headers; validation errors;
// case-insensitive access, sorted and combined iteration, set-cookie, guards.
const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.constructor.name, e.code, JSON.stringify(e.message)); } };
t(() => new Headers(1));
t(() => new Headers('a'));
t(() => new Headers([['a']]));
t(() => new Headers([['a', 'b', 'c']]));
t(() => new Headers([1]));
t(() => new Headers({ a: 'x\ny' }));
t(() => new Headers({ a: ' x \t' }).get('a'));
t(() => new Headers().get());
t(() => new Headers().get('a b'));
t(() => new Headers().has('a b'));
t(() => new Headers().delete('a b'));
t(() => new Headers().set('a', 'b\0'));
t(() => new Headers().append('a'));
t(() => new Headers({'é':'1'}));
t(() => new Headers({'a':'é'}).get('a'));
t(() => new Headers({'a':'\u0100'}).get('a'));
t(() => Headers.prototype.get.call({}, 'a'));
t(() => new Headers().keys());
t(() => new Headers({a:'1'}).entries().next());
t(() => Object.prototype.toString.call(new Headers().keys()));
t(() => Object.getPrototypeOf(new Headers().keys()));
t(() => Object.getPrototypeOf(Object.getPrototypeOf(new Headers().keys())) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
t(() => Response.error().headers.append('a', 'b'));
t(() => Response.error().headers.delete('a'));
t(() => new Request('http://x', {mode: 'no-cors'}).headers.append('x-a', 'b'));
t(() => new Request('http://x', {}).headers.set('host', 'b'));
t(() => { const h = new Headers(); h.forEach(); });
t(() => { const h = new Headers({a: 1}); h.forEach(function (v, k, o) { console.log(v, k, o === h, this); }, 'T'); });
t(() => new Headers(new Headers({a:'1'})).get('a'));
t(() => new Headers({a:undefined}).get('a'));
t(() => new Headers({a:null, b: 3}).get('b'));
t(() => new Headers({[Symbol('x')]:'1'}));
t(() => new Headers().getSetCookie());
t(() => String(new Headers({a:'1'})));
t(() => new Headers({a:'1'}).get('A'));
t(() => new Headers({a:'1'}).get('b'));
t(() => Headers.name + Headers.length);
t(() => require('util').inspect(new Headers({'Set-Cookie':'a', x: 'y'}).entries()));
t(() => require('util').inspect(new Headers({}).values()));
{
  const h = new Headers([['b', '1'], ['A', '2'], ['set-cookie', 'c=1'], ['Set-Cookie', 'd=2'], ['a', '3'], ['cookie', 'x'], ['Cookie', 'y']]);
  console.log([...h.keys()], [...h.values()]);
  console.log(h.get('cookie'), h.get('set-cookie'), h.getSetCookie());
  // iteration sees changes made during it
  const seen = [];
  for (const [k] of h) { seen.push(k); if (k === 'a') h.append('zz', '1'); }
  console.log(seen);
  h.set('set-cookie', 'only');
  console.log(h.getSetCookie(), h.has('SET-COOKIE'));
  h.delete('Set-Cookie');
  console.log(h.getSetCookie(), h.has('set-cookie'));
  console.log(h, typeof h[Symbol.iterator], h[Symbol.iterator] === h.entries);
  const it = h.keys();
  console.log(it.next(), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
  const copy = new Headers(h);
  copy.append('b', '9');
  console.log(h.get('b'), copy.get('b'));
  const r = Response.redirect('http://example.com/x', 301);
  try { r.headers.set('a', 'b'); } catch (e) { console.log(e.message); }
  console.log(new Response('').headers.get('content-type'));
}
