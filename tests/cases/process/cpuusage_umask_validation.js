'use strict';
// process.cpuUsage(prevValue) and process.umask(mask) check their
// arguments as node does.
for (const v of [1, 'x', {}, { user: 'a' }, { user: null, system: 'c' }, { user: 3, system: 'b' }, { user: -1, system: 2 },
  { user: Infinity, system: 4 }, { user: 3, system: -2 }, { user: 5, system: -Infinity }]) {
  try {
    const r = process.cpuUsage(v);
    console.log('ok', typeof r.user);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const old = process.umask(0o022);
for (const m of [{}, '123x', 'abc', '999', -1, 2 ** 32, '0644', 0o027]) {
  try {
    console.log('umask', process.umask(m).toString(8));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.umask(old);
