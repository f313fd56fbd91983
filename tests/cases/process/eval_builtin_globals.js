// In -e/-p the public builtins are globals that load on first use and can
// be assigned; a program read from stdin or a file does not get them.
const { spawnSync } = require('child_process');
const run = (args, input) => spawnSync(process.execPath, args, { encoding: 'utf8', input }).stdout.trim();
console.log(run(['-p', '[typeof fs, typeof child_process, typeof string_decoder, typeof _http_agent, Object.keys(globalThis).includes("fs")].join()']));
console.log(run(['-e', 'fs = 5; os = null; console.log(fs, os, typeof path.join)']));
console.log(run(['-p', 'require("fs") === fs']));
console.log(run([], 'console.log(typeof fs)'));
console.log(typeof fs);
