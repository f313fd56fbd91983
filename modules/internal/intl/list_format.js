'use strict';
// Intl.ListFormat.

const { defineProto, getOption, resolveLocale, slots, supportedLocalesOf, toOptions, unwrap } = require('internal/intl/common');
const { joinParts } = require('internal/intl/number');

function ListFormat(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
  const C = 'ListFormat';
  const locale = resolveLocale(locales);
  const o = toOptions(options, C);
  getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', C);
  const type = getOption(o, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction', C);
  const style = getOption(o, 'style', 'string', ['long', 'short', 'narrow'], 'long', C);
  const obj = Object.create(new.target.prototype);
  slots.set(obj, { kind: 'ListFormat', locale, type, style });
  return obj;
}
function listItems(list) {
  if (list === undefined) return [];
  const out = [];
  for (const x of list) {
    if (typeof x !== 'string') throw new TypeError(`Iterable yielded ${typeof x === 'symbol' ? 'Symbol()' : String(x)} which is not a string`);
    out.push(x);
  }
  return out;
}
function listParts(s, list) {
  const items = listItems(list);
  const n = items.length;
  let sep = ', ';
  let last;
  let pair;
  if (s.type === 'conjunction') {
    if (s.style === 'long') { last = ', and '; pair = ' and '; }
    else if (s.style === 'short') { last = ', & '; pair = ' & '; }
    else { last = ', '; pair = ', '; }
  } else if (s.type === 'disjunction') {
    last = ', or '; pair = ' or ';
  } else if (s.style === 'narrow') {
    sep = last = pair = ' ';
  } else {
    last = pair = ', ';
  }
  const parts = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) parts.push({ type: 'literal', value: n === 2 ? pair : (i === n - 1 ? last : sep) });
    parts.push({ type: 'element', value: items[i] });
  }
  return parts;
}
defineProto(ListFormat.prototype, 'Intl.ListFormat', {
  format(list) {
    return joinParts(listParts(unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.format'), list));
  },
  formatToParts(list) {
    return listParts(unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.formatToParts'), list);
  },
  resolvedOptions() {
    const s = unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.resolvedOptions');
    return { locale: s.locale, type: s.type, style: s.style };
  },
});
Object.defineProperty(ListFormat, 'supportedLocalesOf', {
  value: function supportedLocalesOf_(l, o) { return supportedLocalesOf(l, o); }, writable: true, configurable: true,
});

// ---- Segmenter ----

let seg;
function segRegexes() {
  if (seg === undefined) {
    seg = {
      extend: /^[\p{M}\u200d\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u,
      pict: /^\p{Extended_Pictographic}$/u,
      ri: /^[\u{1F1E6}-\u{1F1FF}]$/u,
      wordChar: /^[\p{L}\p{N}\p{M}_\u200d]$/u,
      letter: /^[\p{L}\p{M}]$/u,
      digit: /^\p{N}$/u,
      ideo: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u,
      hspace: /^[\p{Zs}]$/u,
      upperStart: /^[\p{Lu}\p{Lt}\p{N}]$/u,
      lowerStart: /^\p{Ll}$/u,
    };
  }
  return seg;
}
function graphemes(str) {
  const r = segRegexes();
  const cps = Array.from(str);
  const out = [];
  let idx = 0;
  for (let i = 0; i < cps.length;) {
    const start = i;
    let c = cps[i++];
    if (c === '\r' && cps[i] === '\n') { i++; }
    else if (c !== '\r' && c !== '\n') {
      if (r.ri.test(c) && i < cps.length && r.ri.test(cps[i])) i++;
      const h = c.codePointAt(0);
      if (h >= 0x1100 && h <= 0x115f) {
        while (i < cps.length && /^[\u1100-\u115f\u1160-\u11ff\uac00-\ud7a3]$/.test(cps[i])) i++;
      }
      for (;;) {
        if (i < cps.length && r.extend.test(cps[i])) {
          const z = cps[i] === '\u200d';
          i++;
          if (z && i < cps.length && r.pict.test(cps[i]) && r.pict.test(cps[start])) i++;
          continue;
        }
        break;
      }
    }
    const s = cps.slice(start, i).join('');
    out.push({ segment: s, index: idx });
    idx += s.length;
  }
  return out;
}
function ideoScript(c) {
  if (/^\p{Script=Han}$/u.test(c)) return 'han';
  if (/^[\p{Script=Hiragana}\u30fc]$/u.test(c)) return 'hira';
  if (/^\p{Script=Katakana}$/u.test(c)) return 'kata';
  return '';
}
function words(str) {
  const r = segRegexes();
  const gs = graphemes(str);
  const out = [];
  const base = (g) => g.segment.length ? String.fromCodePoint(g.segment.codePointAt(0)) : '';
  for (let i = 0; i < gs.length;) {
    const start = i;
    const c = base(gs[i]);
    let wordLike = false;
    if (r.ideo.test(c)) {
      const script = ideoScript(c);
      i++;
      while (i < gs.length && ideoScript(base(gs[i])) === script) i++;
      wordLike = true;
    } else if (r.wordChar.test(c)) {
      wordLike = true;
      i++;
      for (;;) {
        if (i < gs.length && r.wordChar.test(base(gs[i])) && !r.ideo.test(base(gs[i]))) { i++; continue; }
        // mid-word punctuation between letters/digits
        if (i + 1 < gs.length) {
          const m = base(gs[i]);
          const prev = base(gs[i - 1]);
          const next = base(gs[i + 1]);
          const letters = r.letter.test(prev) && r.letter.test(next) && (m === "'" || m === '.' || m === ':' || m === '\u2019' || m === '\u00b7');
          const nums = r.digit.test(prev) && r.digit.test(next) && (m === '.' || m === ',' || m === ';' || m === "'" || m === '\u2019');
          if (letters || nums) { i += 2; continue; }
        }
        break;
      }
    } else if (r.hspace.test(c)) {
      i++;
      while (i < gs.length && r.hspace.test(base(gs[i]))) i++;
    } else {
      i++;
    }
    const segs = gs.slice(start, i);
    const s = segs.map((g) => g.segment).join('');
    out.push({ segment: s, index: gs[start].index, isWordLike: wordLike });
  }
  return out;
}
function sentences(str) {
  const r = segRegexes();
  const cps = Array.from(str);
  const out = [];
  let startIdx = 0;
  let cur = '';
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    cur += c;
    i++;
    let brk = false;
    if (c === '.' || c === '!' || c === '?' || c === '\u2026') {
      const before = i >= 2 ? cps[i - 2] : '';
      let sterm = c !== '.';
      while (i < cps.length && /^[.!?]$/.test(cps[i])) { if (cps[i] !== '.') sterm = true; cur += cps[i++]; }
      while (i < cps.length && /^["')\]}\u2019\u201d]$/.test(cps[i])) cur += cps[i++];
      let j = i;
      while (j < cps.length && /^[\p{Zs}\t]$/u.test(cps[j])) j++;
      let nl = false;
      if (j < cps.length && /^[\n\r\u2029\u2028]$/.test(cps[j])) { nl = true; j++; if (cps[j - 1] === '\r' && cps[j] === '\n') j++; }
      const c2 = cps[j];
      if (j >= cps.length || nl) brk = true;
      else if (/^[,;:]$/.test(c2)) brk = false;
      else if (sterm) brk = true;
      else if (j === i && r.digit.test(c2)) brk = false;
      else if (j === i && /^\p{Lu}$/u.test(before) && /^\p{Lu}$/u.test(c2)) brk = false;
      else {
        let k = j;
        while (k < cps.length && !r.letter.test(cps[k]) && !/^[.!?\n\r\u2029]$/.test(cps[k])) k++;
        brk = !(k < cps.length && r.lowerStart.test(cps[k]));
      }
      if (brk) { cur += cps.slice(i, j).join(''); i = j; }
    } else if (c === '\n' || c === '\u2029' || c === '\u2028' || (c === '\r' && cps[i] !== '\n')) {
      brk = true;
    }
    if (brk || i >= cps.length) {
      if (cur) out.push({ segment: cur, index: startIdx });
      startIdx += cur.length;
      cur = '';
    }
  }
  return out;
}

module.exports = {
  ListFormat,
  listItems,
  listParts,
  seg,
  segRegexes,
  graphemes,
  ideoScript,
  words,
  sentences,
};
