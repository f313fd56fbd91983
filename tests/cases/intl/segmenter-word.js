const w = new Intl.Segmenter('en', { granularity: 'word' });
for (const s of ["Hello, world! It's 3.14 and 1,000 e.g. foo_bar  x-y don't\tend.", 'The quick (“brown”) fox can’t jump 32.3 feet, right?', 'naïve café', 'a\nb\n\nc', '#hashtag @user']) {
  console.log(JSON.stringify([...w.segment(s)].map((x) => [x.segment, x.index, x.isWordLike])));
}
const words = [...w.segment('The rain in Spain stays mainly in the plain.')].filter((x) => x.isWordLike).map((x) => x.segment);
console.log(words.length, words.join('|'));
const segs = w.segment('ab cd');
console.log(JSON.stringify([segs.containing(0), segs.containing(2), segs.containing(4)]), segs.containing(5), segs.containing(-1));
const s = new Intl.Segmenter('en', { granularity: 'sentence' });
for (const t of ["Hello there. How are you? I'm fine!  Ok. mr. x", 'Mr. Smith went to Washington. He said "Hi!" Then left.', 'Wait... What?! Really.', 'one\ntwo']) {
  console.log(JSON.stringify([...s.segment(t)].map((x) => [x.segment, x.index])));
}
