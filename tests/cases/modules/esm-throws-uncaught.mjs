console.log('before');
process.on('exit', (c) => console.log('exit code', c));
throw new Error('boom');
