const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const tries = [
  { input, completer: 'x' },
  { input, historySize: -1 },
  { input, historySize: 'a' },
  { input, tabSize: 0 },
  { input, tabSize: 1.5 },
  { input, history: 'nope' },
  { input, escapeCodeTimeout: 'x' },
  { input, signal: {} },
];
for (const o of tries) {
  try { readline.createInterface(o).close(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const rl = readline.createInterface({ input, crlfDelay: 50, historySize: 5, tabSize: 4, prompt: '% ', removeHistoryDuplicates: true });
console.log(rl.crlfDelay, rl.historySize, rl.tabSize, rl.getPrompt(), rl.removeHistoryDuplicates, rl.terminal, rl.line, rl.input === input, rl.output);
rl.close();
const rl2 = readline.createInterface({ input, crlfDelay: 500, history: ['a', 'b'] });
console.log(rl2.crlfDelay, rl2.history, rl2.escapeCodeTimeout, rl2.isCompletionEnabled);
rl2.close();
const rl3 = readline.Interface({ input });
console.log(rl3 instanceof readline.Interface, typeof readline.Interface.prototype.question, rl3.columns);
rl3.close();
