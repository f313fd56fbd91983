// flags: -r {dir}/_preload_r.js --require {dir}/_preload_r.js
// -r and --require take their module as the next argument: the preload
// runs before the main script, which still runs, and both stay in execArgv.
'use strict';
console.log('main ran, preloaded', globalThis.preloaded);
console.log(process.execArgv.map((a) => a.replace(__dirname, '<dir>')));
console.log(process.argv.length, require('path').basename(process.argv[1]));
