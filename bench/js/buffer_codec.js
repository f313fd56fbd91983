// Buffer encoding and decoding: utf8, base64 and hex over 64 KiB, 200 times.
const s = 'héllo wörld €uro 😀 '.repeat(3000);
let total = 0;
for (let i = 0; i < 200; i++) {
  const b = Buffer.from(s);
  total += b.toString().length + b.toString('base64').length + b.toString('hex').length;
}
if (total === 0) throw new Error('nothing');
