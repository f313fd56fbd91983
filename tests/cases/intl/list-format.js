for (const type of ['conjunction', 'disjunction', 'unit']) {
  for (const style of ['long', 'short', 'narrow']) {
    const lf = new Intl.ListFormat('en', { type, style });
    console.log(type, style, '|', [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => lf.format(l)).join(' | '));
  }
}
const lf = new Intl.ListFormat('en-US');
console.log(JSON.stringify(lf.formatToParts(['x', 'y', 'z'])), JSON.stringify(lf.resolvedOptions()));
console.log(lf.format(new Set(['apples', 'pears'])), '|', lf.format('ab'));
try { lf.format(['a', 1]); } catch (e) { console.log(e.name, e.message); }
try { Intl.ListFormat(); } catch (e) { console.log(e.name, e.message); }
try { new Intl.ListFormat('en', { type: 'x' }); } catch (e) { console.log(e.name, e.message); }
