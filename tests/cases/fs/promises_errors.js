'use strict';
const fsp = require('node:fs/promises');
const path = require('node:path');
const os = require('node:os');

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-'));
  const r = (s) => String(s).split(dir).join('<tmp>');
  const tests = {
    stat: () => fsp.stat(path.join(dir, 'nope')),
    readdir: () => fsp.readdir(path.join(dir, 'nope')),
    rmdir: () => fsp.rmdir(dir + '/nope'),
    mkdir: () => fsp.mkdir(dir),
    rename: () => fsp.rename(dir + '/a', dir + '/b'),
    link: () => fsp.link(dir + '/a', dir + '/b'),
    symlink: () => fsp.symlink('a', dir),
    readlink: () => fsp.readlink(dir),
    copyFile: () => fsp.copyFile(dir + '/a', dir + '/b'),
    chmod: () => fsp.chmod(dir + '/a', 0o600),
    utimes: () => fsp.utimes(dir + '/a', 1, 1),
    opendir: () => fsp.opendir(dir + '/a'),
    rm: () => fsp.rm(dir),
    truncate: () => fsp.truncate(dir + '/a'),
    realpath: () => fsp.realpath(dir + '/a'),
    badType: () => fsp.stat(null),
    writeFileDir: () => fsp.writeFile(dir, 'x'),
  };
  for (const [name, fn] of Object.entries(tests)) {
    try {
      await fn();
      console.log(name, 'resolved');
    } catch (e) {
      console.log(name, e.name, e.code, e.errno, e.syscall, r(e.path), r(e.dest), r(e.message));
    }
  }
  let sync = true;
  const p = fsp.stat(null).catch(() => console.log('rejected async', sync));
  sync = false;
  await p;
  await fsp.rm(dir, { recursive: true });
})();
