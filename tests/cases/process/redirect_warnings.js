'use strict';
// NODE_REDIRECT_WARNINGS appends warnings to a file instead of stderr.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redirect-warnings-'));
const file = path.join(dir, 'warnings.txt');
const r = spawnSync(process.execPath, ['-e', "process.emitWarning('a bad practice warning'); process.emitWarning('old', 'DeprecationWarning', 'DEP0001')"],
  { env: { ...process.env, NODE_REDIRECT_WARNINGS: file } });
console.log('status', r.status, 'stderr', JSON.stringify(r.stderr.toString()));
console.log(fs.readFileSync(file, 'utf8').replace(/\(node:\d+\)/g, '(node:PID)'));
fs.rmSync(dir, { recursive: true });
