const pairs = [['a', 'A'], ['a', 'á'], ['a', 'b'], ['á', 'A'], ['resume', 'Résumé'], ['a\u0301', '\u00e1'], ['ab', 'AB'], ['Ab', 'aB'], ['ß', 'ss'], ['a-b', 'ab'], ['a b', 'ab'], ['10', '9'], ['', 'a'], ['x', 'x']];
for (const o of [{}, { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' }, { sensitivity: 'variant' }, { ignorePunctuation: true }, { numeric: true }, { caseFirst: 'upper' }, { usage: 'search', sensitivity: 'base' }]) {
  const c = new Intl.Collator('en', o);
  console.log(JSON.stringify(o), pairs.map(([x, y]) => c.compare(x, y)).join(' '), JSON.stringify(c.resolvedOptions()));
}
console.log('a'.localeCompare('B'), 'B'.localeCompare('a'), 'a'.localeCompare('á', undefined, { sensitivity: 'base' }), 'a'.localeCompare('a'), 'résumé'.localeCompare('resume', 'en'));
console.log(String.prototype.localeCompare.length, typeof new Intl.Collator().compare, Intl.Collator('en') instanceof Intl.Collator);
console.log(JSON.stringify(new Intl.Collator('en-u-kn').resolvedOptions()), ['10', '9'].sort(new Intl.Collator('en-u-kn').compare).join());
try { new Intl.Collator('en', { sensitivity: 'x' }); } catch (e) { console.log(e.name, e.message); }
try { 'a'.localeCompare('b', 'x_y'); } catch (e) { console.log(e.name, e.message); }
