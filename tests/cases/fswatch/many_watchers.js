// 300 watchers in one process (more than the kernel's 128 inotify
// instances a user may hold), two watchers on one file, and closing one of
// them leaves the other watching.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wq-many-'));
const N = 300;
const files = [];
for (let i = 0; i < N; i++) {
  const f = path.join(dir, 'f' + i);
  fs.writeFileSync(f, '');
  files.push(f);
}
const seen = new Set();
const watchers = files.map((f, i) => fs.watch(f, () => seen.add(i)));
const a = [], b = [];
const wa = fs.watch(files[7], (t) => a.push(t));
const wb = fs.watch(files[7], (t) => b.push(t));

setTimeout(() => {
  for (const f of files) fs.appendFileSync(f, 'x');
  setTimeout(() => {
    console.log('watchers that saw a change:', seen.size, 'of', N);
    console.log('both on one file:', a.length > 0, b.length > 0);
    wa.close();
    a.length = 0; b.length = 0;
    fs.appendFileSync(files[7], 'y');
    setTimeout(() => {
      console.log('after closing one:', a.length, b.length > 0);
      for (const w of watchers) w.close();
      wb.close();
      fs.rmSync(dir, { recursive: true });
      console.log('done');
    }, 200);
  }, 300);
}, 50);
