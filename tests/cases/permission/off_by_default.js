// Without --experimental-permission there is no process.permission and
// every file is reachable.
console.log(process.permission);
console.log(require('fs').readFileSync(__dirname + '/_secret/s.txt', 'utf8').trim());
