'use strict';
const os = require('node:os');
const p = os.getPriority();
console.log(typeof p, p === os.getPriority(0), p === os.getPriority(process.pid));
for (const fn of [
  () => os.getPriority('x'),
  () => os.getPriority(1.5),
  () => os.setPriority(0, 20),
  () => os.setPriority(0, -21),
  () => os.setPriority('a', 0),
  () => os.setPriority(0, 'a'),
  () => os.setPriority(),
  () => os.getPriority(2 ** 31),
]) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
os.setPriority(p);
console.log(os.getPriority() === p);
os.setPriority(0, p);
console.log(os.getPriority() === p);
try {
  os.getPriority(2 ** 30);
} catch (e) {
  console.log(e.name, e.code, e.message, e.info && e.info.code, e.errno, e.syscall);
}
