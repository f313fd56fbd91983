const readline = require('node:readline');
const { Writable } = require('node:stream');
const chunks = [];
const w = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
const order = [];
console.log(readline.cursorTo(w, 5, () => order.push('cursorTo x')));
console.log(readline.cursorTo(w, 2, 3, () => order.push('cursorTo xy')));
console.log(readline.moveCursor(w, -2, 4, () => order.push('move')));
console.log(readline.moveCursor(w, 3, -1));
console.log(readline.moveCursor(w, 0, 0, () => order.push('move noop')));
console.log(readline.clearLine(w, -1), readline.clearLine(w, 1), readline.clearLine(w, 0, () => order.push('clearLine')));
console.log(readline.clearScreenDown(w, () => order.push('clearScreenDown')));
console.log(readline.cursorTo(null, 1, () => order.push('null stream')));
console.log(readline.clearLine(undefined, 0, () => order.push('undefined stream')));
console.log(readline.cursorTo(w, 'a', () => order.push('no numbers')));
for (const fn of [() => readline.cursorTo(w, NaN), () => readline.cursorTo(w, 1, NaN), () => readline.cursorTo(w, 'a', 2),
  () => readline.clearLine(w, 0, 'nope'), () => readline.moveCursor(w, 1, 1, 5), () => readline.clearScreenDown(w, {})]) {
  try { fn(); } catch (e) { console.log(e.name, e.code, e.message); }
}
setTimeout(() => { console.log(JSON.stringify(chunks)); console.log(order); }, 10);
