// 'warning' events: emitWarning with types and codes (the printed text
// goes to stderr, not compared here).
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'WQ001');
process.emitWarning('opts', { type: 'OptWarning', code: 'WQ002', detail: 'more' });
process.emitWarning(new Error('from error'));
try { process.emitWarning(42); } catch (e) { console.log(e.code); }
console.log('sync done');
