const { TextEncoderStream, TextDecoderStream, ReadableStream } = require('node:stream/web');
(async () => {
  const collect = async (rs) => { const out = []; for await (const x of rs) out.push(x); return out; };
  const enc = new TextEncoderStream();
  console.log(enc.encoding);
  const bytes = await collect(ReadableStream.from(['hé', '€', '\ud83d', '\ude00!']).pipeThrough(enc));
  console.log(bytes.map((b) => b.constructor.name + '[' + Array.from(b).join(',') + ']'));
  const dec = new TextDecoderStream();
  console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
  const data = Buffer.from('héllo wörld €');
  const chunks = [];
  for (let i = 0; i < data.length; i += 2) chunks.push(data.subarray(i, i + 2));
  console.log((await collect(ReadableStream.from(chunks).pipeThrough(dec))).join(''));
  const latin = new TextDecoderStream('latin1');
  console.log(latin.encoding, await collect(ReadableStream.from([new Uint8Array([0xe9, 0x41])]).pipeThrough(latin)));
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  try { await collect(ReadableStream.from([new Uint8Array([0xff])]).pipeThrough(fatal)); } catch (e) { console.log(e.name, e.code); }
  const trunc = new TextDecoderStream();
  console.log(JSON.stringify(await collect(ReadableStream.from([new Uint8Array([0x61, 0xe2, 0x82])]).pipeThrough(trunc))));
  try { new TextDecoderStream('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
  const lone = new TextEncoderStream();
  console.log(await collect(ReadableStream.from(['a\ud83d']).pipeThrough(lone)));
})();
