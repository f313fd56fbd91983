'use strict';
// Tries every fs API the issue found a hole in, every way (sync, callback,
// promises, streams), from a grant of this directory. Prints "LEAK <what>"
// for anything that reached outside, then "done".
// argv: grantDir secretDir
const fs = require('fs');
const path = require('path');
const [grant, secret] = process.argv.slice(2);
const G = (p) => path.join(grant, p);
const S = (p) => path.join(secret, p);
const leak = (what, v) => console.log('LEAK', what, v === undefined ? '' : String(v).slice(0, 40));
const outside = ['dirlink/s.txt', 'filelink', 'rellink', 'chain/s.txt', 'sub/../dirlink/s.txt'];
const outsideDirs = ['dirlink', 'chain', 'sub/../dirlink', S('')];
const tasks = [];
const cb = (what) => new Promise((resolve) => tasks.push(resolve) && 0).then(() => {});
function expectFail(what, fn) {
  try {
    const v = fn();
    leak(what, v);
  } catch (e) {
    if (!e.code) leak(what + ' (no code)', e);
  }
}
function expectCbFail(what, call) {
  return new Promise((resolve) => {
    let sync = true;
    call((err, v) => {
      if (sync) console.log('SYNC', what);
      if (!err) leak(what, v);
      resolve();
    });
    sync = false;
  });
}
async function expectReject(what, p) {
  try {
    leak(what, await p);
  } catch (e) {
    if (!e.code) leak(what + ' (no code)', e);
  }
}
function streamFail(what, s) {
  return new Promise((resolve) => {
    s.on('data', (d) => leak(what, d));
    s.on('error', () => resolve());
    s.on('finish', () => { leak(what + ' finish'); resolve(); });
    s.on('end', () => { leak(what + ' end'); resolve(); });
  });
}

(async () => {
  const waits = [];
  for (const rel of outside) {
    const p = G(rel);
    expectFail('readFileSync ' + rel, () => fs.readFileSync(p, 'utf8'));
    expectFail('openSync ' + rel, () => fs.openSync(p, 'r'));
    expectFail('writeFileSync ' + rel, () => fs.writeFileSync(p, 'pwned'));
    expectFail('appendFileSync ' + rel, () => fs.appendFileSync(p, 'pwned'));
    expectFail('truncateSync ' + rel, () => fs.truncateSync(p, 0));
    expectFail('statSync ' + rel, () => fs.statSync(p).size);
    expectFail('accessSync ' + rel, () => fs.accessSync(p));
    expectFail('realpathSync ' + rel, () => fs.realpathSync(p));
    expectFail('chmodSync ' + rel, () => fs.chmodSync(p, 0o777));
    expectFail('copyFileSync ' + rel, () => fs.copyFileSync(p, G('copied')));
    waits.push(expectCbFail('readFile ' + rel, (k) => fs.readFile(p, 'utf8', k)));
    waits.push(expectCbFail('writeFile ' + rel, (k) => fs.writeFile(p, 'pwned', k)));
    waits.push(expectCbFail('truncate ' + rel, (k) => fs.truncate(p, 0, k)));
    waits.push(expectCbFail('stat ' + rel, (k) => fs.stat(p, k)));
    waits.push(expectCbFail('access ' + rel, (k) => fs.access(p, k)));
    waits.push(expectCbFail('open ' + rel, (k) => fs.open(p, 'r', k)));
    waits.push(expectReject('promises.readFile ' + rel, fs.promises.readFile(p, 'utf8')));
    waits.push(expectReject('promises.writeFile ' + rel, fs.promises.writeFile(p, 'pwned')));
    waits.push(expectReject('promises.truncate ' + rel, fs.promises.truncate(p, 0)));
    waits.push(expectReject('promises.open ' + rel, fs.promises.open(p, 'r')));
    waits.push(streamFail('createReadStream ' + rel, fs.createReadStream(p)));
    const ws = fs.createWriteStream(p);
    waits.push(streamFail('createWriteStream ' + rel, ws));
    ws.end('pwned');
  }
  for (const rel of outsideDirs) {
    const p = path.isAbsolute(rel) ? rel : G(rel);
    expectFail('readdirSync ' + rel, () => fs.readdirSync(p));
    expectFail('opendirSync ' + rel, () => fs.opendirSync(p).readSync());
    expectFail('mkdirSync ' + rel, () => fs.mkdirSync(path.join(p, 'made')));
    expectFail('mkdtempSync ' + rel, () => fs.mkdtempSync(path.join(p, 't-')));
    expectFail('symlinkSync ' + rel, () => fs.symlinkSync('x', path.join(p, 'l')));
    expectFail('unlinkSync ' + rel, () => fs.unlinkSync(path.join(p, 's.txt')));
    expectFail('renameSync ' + rel, () => fs.renameSync(G('ok.txt'), path.join(p, 'moved')));
    expectFail('rmSync ' + rel, () => fs.rmSync(path.join(p, 's.txt')));
    expectFail('watch ' + rel, () => fs.watch(p).close());
    expectFail('statfsSync ' + rel, () => fs.statfsSync(p));
    waits.push(expectCbFail('opendir ' + rel, (k) => fs.opendir(p, k)));
    waits.push(expectCbFail('readdir ' + rel, (k) => fs.readdir(p, k)));
    waits.push(expectReject('promises.opendir ' + rel, fs.promises.opendir(p)));
    waits.push(expectReject('promises.readdir ' + rel, fs.promises.readdir(p)));
  }
  // A dangling link inside the grant must not create a file outside.
  const d = G('dangling');
  expectFail('writeFileSync dangling', () => fs.writeFileSync(d, 'pwned'));
  expectFail('openSync wx dangling', () => fs.openSync(d, 'a'));
  expectFail('copyFileSync dangling', () => fs.copyFileSync(G('ok.txt'), d));
  waits.push(expectCbFail('writeFile dangling', (k) => fs.writeFile(d, 'pwned', k)));
  waits.push(expectCbFail('appendFile dangling', (k) => fs.appendFile(d, 'pwned', k)));
  waits.push(expectReject('promises.writeFile dangling', fs.promises.writeFile(d, 'pwned')));
  const dws = fs.createWriteStream(d);
  waits.push(streamFail('createWriteStream dangling', dws));
  dws.end('pwned');
  // The module loader answers the same for an outside file that exists
  // and one that does not: both are denied.
  const codes = [S('s.js'), S('missing.js')].map((p) => { try { require(p); return 'loaded'; } catch (e) { return e.code; } });
  if (codes[0] !== codes[1] || codes[0] !== 'ERR_ACCESS_DENIED') leak('require probes', codes);
  // chdir is no oracle either: an outside directory that exists and one
  // that does not are both denied.
  const cds = [secret, S('missing')].map((p) => { try { process.chdir(p); return 'ok'; } catch (e) { return e.code; } });
  if (cds[0] !== cds[1] || cds[0] !== 'ERR_ACCESS_DENIED') leak('chdir probes', cds);
  await Promise.all(waits);
  console.log('done');
})();
