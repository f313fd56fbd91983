const l = new Intl.Locale('en-Latn-US-u-ca-gregory-hc-h12');
console.log(l.toString(), l.baseName, l.language, l.script, l.region, l.calendar, l.hourCycle);
console.log(new Intl.Locale('en').maximize().toString(), new Intl.Locale('en-Latn-US').minimize().toString(), new Intl.Locale('en', { region: 'GB' }).toString(), String(new Intl.Locale('EN-gb')));
try { new Intl.Locale(); } catch (e) { console.log(e.name, e.message); }
try { new Intl.Locale('x_y'); } catch (e) { console.log(e.name, e.message); }
const dn = new Intl.DisplayNames(['en'], { type: 'region' });
console.log(dn.of('US'), dn.of('GB'), dn.of('DE'), dn.of('JP'));
console.log(new Intl.DisplayNames('en', { type: 'language' }).of('en-US'), new Intl.DisplayNames('en', { type: 'language' }).of('fr'));
console.log(new Intl.DisplayNames('en', { type: 'currency' }).of('EUR'), new Intl.DisplayNames('en', { type: 'currency' }).of('usd'));
console.log(JSON.stringify(dn.resolvedOptions()));
try { new Intl.DisplayNames('en'); } catch (e) { console.log(e.name, e.message); }
