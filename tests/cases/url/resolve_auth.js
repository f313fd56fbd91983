// url.resolve/resolveObject: an absolute URL of the same non-slashed
// protocol (mailto:, news:) keeps none of the source's auth.
const url=require('url');for (const [a,b] of [['mailto:user@example.org','mailto:another.host.com'],['mailto:a@b.c','d@e.f'],['news:x@y','news:z'],['http://u:p@h/a','//h2/b'],['http://u:p@h/a','/b']]) console.log(url.resolve(a,b), JSON.stringify(url.resolveObject(url.parse(a),b).auth));
