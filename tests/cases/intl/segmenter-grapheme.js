const g = new Intl.Segmenter('en', { granularity: 'grapheme' });
for (const s of ['e\u0301a👍🏽👨‍👩‍👧🇺🇸🇫x\r\nb', 'naïve café', 'abc', '', '한국어', '❤️🏳️‍🌈 ok']) {
  console.log(JSON.stringify([...g.segment(s)].map((x) => [x.segment, x.index])));
}
console.log([...g.segment('👨‍👩‍👧‍👦 family')].length, [...'👨‍👩‍👧‍👦 family'].length);
const segs = g.segment('ab');
console.log(JSON.stringify([...segs][0]), JSON.stringify(segs.containing(1)), segs.containing(5));
console.log(Object.prototype.toString.call(segs[Symbol.iterator]()), JSON.stringify(new Intl.Segmenter().resolvedOptions()));
try { new Intl.Segmenter('en', { granularity: 'line' }); } catch (e) { console.log(e.name, e.message); }
try { Intl.Segmenter(); } catch (e) { console.log(e.name, e.message); }
