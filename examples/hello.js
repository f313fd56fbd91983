// A small tour: timers, promises, process.nextTick and the exit event.
const start = Date.now();
setTimeout(() => console.log('timer fired after', Date.now() - start >= 10 ? '>= 10 ms' : '< 10 ms'), 10);
process.nextTick(() => console.log('nextTick runs before promises'));
Promise.resolve().then(() => console.log('then promises'));
process.on('exit', (code) => console.log('exit with code', code));
console.log('hello from', process.release.name, process.version);
