'use strict';
// Intl.Segmenter.

const { defineMethod, defineProto, describe, getOption, resolveLocale, slots, supportedLocalesOf, toOptions, unwrap } = require('internal/intl/common');
const { graphemes, sentences, words } = require('internal/intl/list_format');

function Segmenter(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const C = 'Segmenter';
  const locale = resolveLocale(locales);
  const o = toOptions(options, C);
  getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
  const granularity = getOption(o, 'granularity', 'string', ['grapheme', 'word', 'sentence'], 'grapheme', C);
  const obj = Object.create(new.target.prototype);
  slots.set(obj, { kind: 'Segmenter', locale, granularity });
  return obj;
}
function segmentList(s, str) {
  const list = s.granularity === 'grapheme' ? graphemes(str) : s.granularity === 'word' ? words(str) : sentences(str);
  return list.map((x) => {
    const o = { segment: x.segment, index: x.index, input: str };
    if (s.granularity === 'word') o.isWordLike = x.isWordLike;
    return o;
  });
}
function Segments() {}
const SegmentIteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
defineMethod(SegmentIteratorProto, 'next', function next() {
  const st = slots.get(this);
  if (!st || st.kind !== 'SegmentIterator') throw new TypeError('Method %SegmentIterator.prototype%.next called on incompatible receiver ' + describe(this));
  if (st.i >= st.list.length) return { value: undefined, done: true };
  return { value: st.list[st.i++], done: false };
});
Object.defineProperty(SegmentIteratorProto, Symbol.toStringTag, { value: 'Segmenter String Iterator', configurable: true });
defineMethod(Segments.prototype, 'containing', function containing(index) {
  const st = slots.get(this);
  if (!st || st.kind !== 'Segments') throw new TypeError('Method %Segments.prototype%.containing called on incompatible receiver ' + describe(this));
  let n = Math.trunc(Number(index)) || 0;
  if (index === undefined) n = 0;
  if (n < 0 || n >= st.input.length) return undefined;
  if (!st.list) st.list = segmentList(st.seg, st.input);
  for (const x of st.list) {
    if (n >= x.index && n < x.index + x.segment.length) return { ...x };
  }
  return undefined;
});
defineMethod(Segments.prototype, Symbol.iterator, function iterator() {
  const st = slots.get(this);
  if (!st || st.kind !== 'Segments') throw new TypeError('Method %Segments.prototype%[@@iterator] called on incompatible receiver ' + describe(this));
  if (!st.list) st.list = segmentList(st.seg, st.input);
  const it = Object.create(SegmentIteratorProto);
  slots.set(it, { kind: 'SegmentIterator', list: st.list.map((x) => ({ ...x })), i: 0 });
  return it;
});
Object.defineProperty(Segments.prototype, 'constructor', { value: Object, writable: true, configurable: true });
defineProto(Segmenter.prototype, 'Intl.Segmenter', {
  segment(string) {
    const s = unwrap(this, 'Segmenter', 'Intl.Segmenter.prototype.segment');
    const segs = Object.create(Segments.prototype);
    slots.set(segs, { kind: 'Segments', seg: s, input: String(string) });
    return segs;
  },
  resolvedOptions() {
    const s = unwrap(this, 'Segmenter', 'Intl.Segmenter.prototype.resolvedOptions');
    return { locale: s.locale, granularity: s.granularity };
  },
});
Object.defineProperty(Segmenter, 'supportedLocalesOf', {
  value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
});

// ---- DisplayNames (small English tables; unknown codes fall back to the code) ----

const dnRegion = { US: 'United States', GB: 'United Kingdom', CA: 'Canada', AU: 'Australia', DE: 'Germany', FR: 'France', JP: 'Japan', CN: 'China', IN: 'India', BR: 'Brazil', MX: 'Mexico', ES: 'Spain', IT: 'Italy', RU: 'Russia', KR: 'South Korea', NL: 'Netherlands', SE: 'Sweden', CH: 'Switzerland', IE: 'Ireland', NZ: 'New Zealand', '001': 'world', 419: 'Latin America' };
const dnLang = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ru: 'Russian', pt: 'Portuguese', ar: 'Arabic', hi: 'Hindi', nl: 'Dutch', sv: 'Swedish', pl: 'Polish', tr: 'Turkish', 'en-US': 'American English', 'en-GB': 'British English', 'en-AU': 'Australian English', 'en-CA': 'Canadian English', 'fr-CA': 'Canadian French', 'es-MX': 'Mexican Spanish', 'pt-BR': 'Brazilian Portuguese', 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese' };
const dnScript = { Latn: 'Latin', Cyrl: 'Cyrillic', Arab: 'Arabic', Hans: 'Simplified Han', Hant: 'Traditional Han', Grek: 'Greek', Hebr: 'Hebrew', Jpan: 'Japanese', Kore: 'Korean' };

module.exports = {
  Segmenter,
  segmentList,
  Segments,
  SegmentIteratorProto,
  dnRegion,
  dnLang,
  dnScript,
};
