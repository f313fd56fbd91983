'use strict';
// decodeStrings / defaultEncoding / setDefaultEncoding.
const { Writable } = require('node:stream');

function make(opts, name) {
  return new Writable({
    ...opts,
    write(chunk, enc, cb) {
      console.log(name, typeof chunk, Buffer.isBuffer(chunk) ? chunk.toString('hex') : chunk, enc);
      cb();
    },
  });
}
const a = make({}, 'default');
a.write('hi');
a.write('6869', 'hex');
a.write(Buffer.from('b'));
a.write(new Uint8Array([1, 2]));
const b = make({ decodeStrings: false }, 'nodecode');
b.write('hi');
b.write('6869', 'hex');
b.write(Buffer.from('b'));
const c = make({ defaultEncoding: 'base64', decodeStrings: false }, 'base64default');
c.write('aGk=');
c.setDefaultEncoding('HEX');
c.write('ff');
try { c.setDefaultEncoding('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { make({ defaultEncoding: 'nope' }, 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
const d = make({ defaultEncoding: 'latin1' }, 'latin1');
d.write('\u00e9');
console.log('setDefaultEncoding returns this', c.setDefaultEncoding('utf8') === c);
