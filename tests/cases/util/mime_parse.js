'use strict';
const { MIMEType } = require('node:util');

const inputs = [
  'text/html', 'Text/HTML; Charset="utf-8"', 'application/json;charset=utf-8;q=0.9',
  '  text/plain  ', 'text/plain;a=b;A=c', 'text/plain;a="quoted \\"value\\""', 'text/plain;a="x;y"',
  'text/plain;a=x"y', 'text/plain;a= x', 'text/plain;a="x" junk;b=c', 'x/y;;;a', 'x/y;a;b=1',
  'x/y;a=', 'x/y;  a  =b', 'x/y;a="unterminated', 'x/y;a=\u00ff;b=\u0100', 'x/y ;a=b',
  'image/svg+xml', 'multipart/form-data; boundary=----abc', 'text/plain;a="a\\\\b"',
];
for (const input of inputs) {
  const m = new MIMEType(input);
  console.log(JSON.stringify(input), '->', JSON.stringify(String(m)),
    m.type, m.subtype, m.essence, JSON.stringify([...m.params]));
}
const m = new MIMEType('text/html;charset=utf-8');
console.log('json', JSON.stringify({ m }), m.toJSON());
console.log('template', `${m}`);
console.log('object input', new MIMEType({ toString() { return 'a/b;c=d'; } }).essence);
