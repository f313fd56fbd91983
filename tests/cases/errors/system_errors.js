'use strict';
const fs = require('node:fs');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label);
    console.log('  message:', err.message);
    console.log('  name/code/errno/syscall:', err.name, err.code, err.errno, err.syscall);
    console.log('  path/dest:', err.path, err.dest);
    console.log('  keys:', Object.keys(err).sort().join(','));
    console.log('  stack[0]:', err.stack.split('\n')[0]);
    console.log('  instanceof Error:', err instanceof Error, Object.prototype.toString.call(err));
  }
}
show('readFileSync missing', () => fs.readFileSync('/nonexistent-wqnode-dir/file.txt'));
show('openSync missing', () => fs.openSync('/nonexistent-wqnode-dir/file.txt', 'r'));
show('statSync missing', () => fs.statSync('/nonexistent-wqnode-dir'));
show('readdirSync missing', () => fs.readdirSync('/nonexistent-wqnode-dir'));
show('renameSync missing', () => fs.renameSync('/nonexistent-wqnode-dir/a', '/nonexistent-wqnode-dir/b'));
show('mkdirSync existing', () => fs.mkdirSync('/'));
show('readdirSync on file', () => fs.readdirSync('/dev/null'));
show('rmdirSync missing', () => fs.rmdirSync('/nonexistent-wqnode-dir'));
fs.readFile('/nonexistent-wqnode-dir/async.txt', (err) => {
  console.log('async readFile', err.code, err.errno, err.syscall, err.message);
});
