// flags: --experimental-permission --allow-fs-read={dir}/_data
// Without a read grant for the main module itself, nothing runs: exit 1.
console.log('must not print');
