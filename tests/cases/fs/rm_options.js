'use strict';
// rm/rmdir options: validation (class, code, message) and the recursive
// forms; a recursive rmdirSync removes the emptied directory through the
// public fs.rmdirSync.
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmopt-'));
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message.replace(dir, '<dir>'));
  }
}
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, '');
for (const bad of [null, 'foo', 5, { recursive: 1 }, { force: 'x' }, { retryDelay: -1 },
  { maxRetries: -1 }, { maxRetries: 1.5 }, { retryDelay: 2 ** 31 }, { recursive: undefined }]) {
  attempt(`rmSync ${JSON.stringify(bad)}`, () => fs.rmSync(f, bad));
  attempt(`rmdirSync ${JSON.stringify(bad)}`, () => fs.rmdirSync(dir, bad));
  attempt(`rm ${JSON.stringify(bad)}`, () => fs.rm(f, bad, () => {}));
}
fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a/b/x'), 'x');
const original = fs.rmdirSync;
const seen = [];
fs.rmdirSync = (p, o) => {
  seen.push([path.relative(dir, p.toString()), o === undefined ? 'none' : JSON.stringify(o)]);
  return original(p, o);
};
process.noDeprecation = true;
fs.rmdirSync(path.join(dir, 'a'), { recursive: true, maxRetries: 2 });
fs.rmdirSync = original;
console.log('calls', seen.length > 1, seen[0], 'exists', fs.existsSync(path.join(dir, 'a')));
attempt('rmdir file recursive', () => fs.rmdirSync(f, { recursive: true }));
fs.promises.rm(path.join(dir, 'nope'), { force: true, maxRetries: 3 }).then(() => console.log('promises force ok'));
