const u = setTimeout(() => console.log('never'), 100000); u.unref();
process.on('beforeExit', () => { if (!global.done) { global.done = 1; console.log('beforeExit'); setTimeout(() => console.log('revived'), 1); } });
