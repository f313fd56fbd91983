// An uncaught error exits with code 1; 'exit' listeners still run.
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => console.log('immediate never runs'));
console.log('before');
null.boom;
