'use strict';
console.log('child argv', process.argv.slice(2));
console.log('child env', process.env.WQ_FORK_VAR);
process.exitCode = Number(process.argv[2] || 0);
