'use strict';
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', err.message, origin);
});
const t = new EventTarget();
t.addEventListener('j', () => { throw new Error('listener boom'); });
t.addEventListener('j', () => console.log('second listener still runs'));
console.log('dispatch result', t.dispatchEvent(new Event('j')));
console.log('after dispatch');
t.addEventListener('k', async () => { throw new Error('async boom'); });
t.dispatchEvent(new Event('k'));
console.log('after async dispatch');
setTimeout(() => console.log('timer'), 5);
