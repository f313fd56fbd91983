'use strict';
// A line-splitting Transform (bytes in, objects out) with a decoder.
const { Transform, Readable } = require('node:stream');
const { StringDecoder } = require('node:string_decoder');

class Lines extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.decoder = new StringDecoder('utf8');
    this.rest = '';
  }
  _transform(chunk, enc, cb) {
    const text = this.rest + this.decoder.write(chunk);
    const parts = text.split('\n');
    this.rest = parts.pop();
    for (const p of parts) this.push(p);
    cb();
  }
  _flush(cb) {
    const text = this.rest + this.decoder.end();
    if (text) this.push(text);
    cb();
  }
}
const euro = Buffer.from('\u20ac');
const src = Readable.from([Buffer.from('one\ntw'), Buffer.from('o\nthr'), euro.subarray(0, 2), Buffer.concat([euro.subarray(2), Buffer.from('ee\nlast')])], { objectMode: false });
const lines = [];
src.pipe(new Lines()).on('data', (l) => lines.push(l)).on('end', () => console.log(JSON.stringify(lines)));
console.log('modes', new Lines().readableObjectMode, new Lines().writableObjectMode);
