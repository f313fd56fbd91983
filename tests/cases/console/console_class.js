'use strict';
const { Console } = require('node:console');
const out = [];
const stream = (prefix) => ({ write(s) { out.push(prefix + s); } });
const flush = (label) => { console.log(label, JSON.stringify(out.splice(0))); };

const c1 = new Console({ stdout: stream('o:'), stderr: stream('e:'), ignoreErrors: false });
c1.log('log'); c1.info('info'); c1.debug('debug'); c1.error('error'); c1.warn('warn'); c1.dirxml('dirxml');
flush('c1');
const c2 = new Console(stream('o2:'), stream('e2:'), false);
c2.log('pos'); c2.error('pos err');
flush('c2');
const c3 = Console(stream('o3:'), undefined, false);
c3.log('no new'); c3.warn('stderr defaults to stdout');
flush('c3');
console.log(c1 instanceof Console, c3 instanceof Console, console instanceof Console, {} instanceof Console);
console.log(Object.keys(c1).join(','));
console.log(typeof c1.log, c1.log.name, c1.groupCollapsed.name, c1.error.name);
const { log: detached } = c1;
detached('detached %d', 1);
flush('detached');
console.log(Object.keys(Console.prototype).join(','));
console.log(Console.prototype.debug === Console.prototype.log, Console.prototype.error === Console.prototype.warn);
console.log(Console.prototype.groupCollapsed === Console.prototype.group, Console.prototype.info === Console.prototype.log);
for (const args of [[], [null], [{}], [{ stdout: {} }], [{ stdout: stream('x'), stderr: 5 }], [{ write: 5 }],
  [{ stdout: stream('x'), colorMode: 'yes' }], [{ stdout: stream('x'), groupIndentation: 1001 }],
  [{ stdout: stream('x'), groupIndentation: -1 }], [{ stdout: stream('x'), groupIndentation: 1.5 }],
  [{ stdout: stream('x'), groupIndentation: '2' }], [{ stdout: stream('x'), inspectOptions: 'x' }],
  [{ stdout: stream('x'), inspectOptions: { colors: true }, colorMode: true }]]) {
  try { new Console(...args); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
class Sub extends Console {
  log(...a) { super.log('[sub]', ...a); }
}
const s = new Sub({ stdout: stream('s:'), ignoreErrors: false });
s.log('hello');
s.info('info is bound to own log?');
s.group('grp');
flush('sub');
