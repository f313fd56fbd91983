'use strict';
const qs = require('node:querystring');
console.log(Object.keys(qs).join());
console.log(JSON.stringify(qs.parse('a=%41%zz&b=%C3%A9')));
console.log(qs.stringify({ k: 'v w' }, '&', '=', { encodeURIComponent: encodeURIComponent }));
console.log(qs.stringify({ k: "v'w" }, '&', '=', { encodeURIComponent: qs.escape }));
console.log(JSON.stringify(qs.parse('k=v%27w', '&', '=', { decodeURIComponent: qs.unescape })));
console.log(JSON.stringify(qs.parse('k=%E9', '&', '=', { decodeURIComponent: decodeURIComponent })));
