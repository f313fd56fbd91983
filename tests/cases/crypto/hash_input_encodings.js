const crypto = require('node:crypto');
const h = (data, enc) => crypto.createHash('md5').update(data, enc).digest('hex');
console.log(h('616263', 'hex'), h('YWJj', 'base64'), h('YWJj', 'base64url'), h('abc', 'latin1'));
console.log(h('abc', 'utf16le'), h('\u00ff\u00fe', 'latin1'), h('\u00ff\u00fe', 'utf8'), h('abc', 'bogus'));
console.log(h(Buffer.from('abc')), h(new Uint8Array([97, 98, 99])), h(new Uint16Array([0x6261, 0x63])));
console.log(h(new DataView(new Uint8Array([97, 98, 99]).buffer)), h(Buffer.from('xabcx').subarray(1, 4)));
console.log(h(new Float64Array([1.5])), h('\ud83d\ude00'), h('\ud800'));
