// process.exitCode and process.exit() inside handlers.
process.exitCode = 3;
process.on('exit', (code) => {
  console.log('exit event', code);
  process.exitCode = 5;
});
setTimeout(() => {
  console.log('timer');
  process.exit();
  console.log('not reached');
}, 1);
