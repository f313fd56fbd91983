console.log('waiting forever');
process.on('exit', (c) => console.log('exit code', c));
await new Promise(() => {});
