// process.exit() inside an 'exit' listener ends with that code; later
// listeners do not run.
process.on('exit', (code) => {
  console.log('first', code);
  process.exit(4);
});
process.on('exit', () => console.log('second'));
process.exitCode = 2;
