'use strict';
const { MIMEType, MIMEParams } = require('node:util');

const m = new MIMEType('text/plain;charset=ascii;format=flowed');
const p = m.params;
console.log(p instanceof MIMEParams, p === m.params);
console.log(p.get('charset'), p.get('missing'), p.has('format'), p.has('FORMAT'));
p.set('charset', 'utf-8');
p.set('Extra', 'with space');
p.set('empty', '');
console.log(String(m));
p.delete('format');
console.log(String(p), [...p.keys()].join(','), [...p.values()].join(','));
console.log(JSON.stringify([...p.entries()]), JSON.stringify([...p]));
console.log('iterator is entries', p[Symbol.iterator] === p.entries);
console.log(Object.prototype.toString.call(p.keys()));

m.type = 'Application';
m.subtype = 'X-Custom';
console.log(m.essence, String(m));

const fresh = new MIMEParams();
console.log(JSON.stringify(String(fresh)), fresh.get('a'));
fresh.set('a', 1);
fresh.set('b', 'q"\\');
console.log(String(fresh), fresh.toJSON());
console.log(Object.getOwnPropertyNames(MIMEType.prototype).join(','));
console.log(Object.getOwnPropertyNames(MIMEParams.prototype).join(','));
