const card = new Intl.PluralRules('en-US');
const ord = new Intl.PluralRules('en-US', { type: 'ordinal' });
const nums = [0, 1, 2, 3, 4, 1.0, 1.5, -1, '1', 0.5, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1e3, NaN, Infinity];
console.log(nums.map((n) => card.select(n)).join(' '));
console.log(nums.map((n) => ord.select(n)).join(' '));
const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
console.log([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 100, 101, 102, 103, 111].map((n) => n + suffix[ord.select(n)]).join(' '));
console.log(new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1), new Intl.PluralRules('en', { maximumFractionDigits: 0 }).select(1.2));
console.log(JSON.stringify(card.resolvedOptions()), JSON.stringify(ord.resolvedOptions()));
console.log(card.selectRange(1, 5));
try { Intl.PluralRules(); } catch (e) { console.log(e.name, e.message); }
try { new Intl.PluralRules('en', { type: 'x' }); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(card), Object.getOwnPropertyNames(Intl.PluralRules.prototype).join());
