// flags: -p import('node:os').then((m)=>console.log(typeof(m.cpus)))
// -p prints the pending promise, then the import settles.
console.log('not run');
