const util = require('util');
console.log(typeof Intl, String(Intl), Object.prototype.toString.call(Intl));
console.log(Object.getOwnPropertyNames(Intl).join());
console.log(Object.keys(globalThis).includes('Intl'), Object.getOwnPropertyDescriptor(globalThis, 'Intl') !== undefined);
console.log(util.inspect(new Intl.NumberFormat()), util.inspect(Intl), util.inspect(new Intl.DateTimeFormat()));
console.log(JSON.stringify(Intl.getCanonicalLocales(['EN-us', 'en-US', 'fr', 'zh-hant-tw', 'en-u-ca-gregory'])), JSON.stringify(Intl.getCanonicalLocales('de')), JSON.stringify(Intl.getCanonicalLocales()));
try { Intl.getCanonicalLocales('a_b'); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(Intl.NumberFormat.supportedLocalesOf(['en-US', 'en-GB'])), JSON.stringify(Intl.DateTimeFormat.supportedLocalesOf('en')));
console.log(Intl.supportedValuesOf('calendar').includes('gregory'), Intl.supportedValuesOf('unit').includes('kilometer'), Intl.supportedValuesOf('currency').includes('USD'));
try { Intl.supportedValuesOf('x'); } catch (e) { console.log(e.name, e.message); }
for (const k of ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter']) {
  console.log(k, Intl[k].length, Intl[k].name, Intl[k].prototype[Symbol.toStringTag], Object.getOwnPropertyNames(Intl[k].prototype).join(), typeof Intl[k].supportedLocalesOf);
}
console.log(Object.getOwnPropertyDescriptor(Intl, 'NumberFormat').enumerable, Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format').get !== undefined);
