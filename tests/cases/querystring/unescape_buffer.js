'use strict';
const qs = require('node:querystring');
const show = (b) => console.log(Buffer.isBuffer(b), JSON.stringify([...b]));
show(qs.unescapeBuffer('a%20b%zz%4+%c3%a9+'));
show(qs.unescapeBuffer('a+b', true));
show(qs.unescapeBuffer('é中%41'));
show(qs.unescapeBuffer('%%41'));
show(qs.unescapeBuffer(''));
console.log(qs.unescapeBuffer('%E2%82%AC').toString(), qs.unescapeBuffer.length);
try { qs.unescapeBuffer(5); } catch (e) { console.log(e.name, e.code); }
