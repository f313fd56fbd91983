'use strict';
const fsp = require('node:fs/promises');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

async function attempt(label, fn) {
  try {
    console.log(label, 'ok', await fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.syscall);
  }
}

(async () => {
  console.log(fs.promises === fsp, Object.keys(fsp).sort().join(','));
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-'));
  process.chdir(dir);
  await attempt('writeFile', () => fsp.writeFile('a', 'alpha'));
  await attempt('writeFile enc', () => fsp.writeFile('b', '68656c6c6f', 'hex'));
  await attempt('readFile', () => fsp.readFile('a', 'utf8'));
  await attempt('readFile buf', () => fsp.readFile('b'));
  await attempt('appendFile', () => fsp.appendFile('a', '+beta'));
  await attempt('readFile2', () => fsp.readFile('a', { encoding: 'utf8' }));
  await attempt('readFile missing', () => fsp.readFile('missing'));
  await attempt('readFile dir', () => fsp.readFile('.'));
  await attempt('access', () => fsp.access('a'));
  await attempt('access missing', () => fsp.access('missing'));
  await attempt('copyFile', () => fsp.copyFile('a', 'c'));
  await attempt('copyFile excl', () => fsp.copyFile('a', 'c', fs.constants.COPYFILE_EXCL));
  await attempt('rename', () => fsp.rename('c', 'd'));
  await attempt('stat', async () => (await fsp.stat('d')).size);
  await attempt('lstat missing', () => fsp.lstat('c'));
  await attempt('truncate', () => fsp.truncate('d', 3));
  await attempt('read d', () => fsp.readFile('d', 'utf8'));
  await attempt('unlink', () => fsp.unlink('d'));
  await attempt('unlink missing', () => fsp.unlink('d'));
  await attempt('mkdir', () => fsp.mkdir('x/y', { recursive: true }));
  await attempt('rmdir', () => fsp.rmdir('x/y'));
  await attempt('symlink', () => fsp.symlink('a', 'l'));
  await attempt('link', () => fsp.link('a', 'h'));
  await attempt('chmod', () => fsp.chmod('a', 0o640));
  await attempt('mode', async () => ((await fsp.stat('a')).mode & 0o777).toString(8));
  await attempt('utimes', () => fsp.utimes('a', 1, new Date(5000)));
  await attempt('mtime', async () => (await fsp.stat('a')).mtimeMs);
  await attempt('chown', () => fsp.chown('a', process.getuid(), process.getgid()));
  await attempt('readdir', () => fsp.readdir('.'));
  await attempt('bad path', () => fsp.readFile(42.5));
  await attempt('bad data', () => fsp.writeFile('z', 42));
  await attempt('lchmod', () => fsp.lchmod('a', 0o600));
  const ac = new AbortController();
  ac.abort();
  await attempt('aborted', () => fsp.readFile('a', { signal: ac.signal }));
  process.chdir(os.tmpdir());
  await fsp.rm(dir, { recursive: true });
})();
