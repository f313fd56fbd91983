// Without listeners an unhandled rejection ends the process with code 1
// (Node 20's default), after printing the error to stderr.
process.on('exit', (code) => console.log('exit code', code));
console.log('start');
Promise.reject(new Error('nobody handles this'));
setTimeout(() => console.log('never printed'), 50);
