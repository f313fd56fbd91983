// process.on('uncaughtException') keeps the process alive; exit code
// stays 0; the 'exit' event sees the final code.
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => console.log('still running'), 10);
throw new Error('sync');
