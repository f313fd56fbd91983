'use strict';
// A child's stdio given as fs descriptors gets the files behind them.
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const cp = require('node:child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfd-'));
const inp = path.join(dir, 'in.txt');
const outp = path.join(dir, 'out.txt');
fs.writeFileSync(inp, 'from a descriptor\n');
const fd = fs.openSync(inp, 'r');
const out = fs.openSync(outp, 'w');
const c = cp.spawn('cat', [], { stdio: [fd, out, 'inherit'] });
c.on('exit', (code) => {
  fs.closeSync(fd);
  fs.closeSync(out);
  console.log('exit', code, JSON.stringify(fs.readFileSync(outp, 'utf8')));
  const r = cp.spawnSync('cat', [], { stdio: [fs.openSync(inp, 'r'), 'pipe', 'inherit'] });
  console.log('sync', JSON.stringify(String(r.stdout)));
  fs.rmSync(dir, { recursive: true });
});
