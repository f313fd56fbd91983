'use strict';
const { MIMEType } = require('node:util');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}
for (const input of ['text', 'text/', '/html', 'te xt/plain', 'text/pl ain', 'té/x', '', ' a\t', 'a\n', 'x/y\u00a0']) {
  attempt(JSON.stringify(input), () => new MIMEType(input));
}
attempt('no arg', () => new MIMEType());
const m = new MIMEType('a/b');
attempt('type empty', () => { m.type = ''; });
attempt('type space', () => { m.type = 'a b'; });
attempt('type leading space', () => { m.type = ' x'; });
attempt('subtype slash', () => { m.subtype = 'a/b'; });
attempt('param name', () => m.params.set('bad name', 'v'));
attempt('param name empty', () => m.params.set('', 'v'));
attempt('param value newline', () => m.params.set('n', 'v\n'));
attempt('param value latin1', () => m.params.set('n', '\u00e9'));
attempt('param value wide', () => m.params.set('n', '\u0100'));
console.log(String(m));
