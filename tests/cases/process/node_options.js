// NODE_OPTIONS and options whose value is the next argument (-r file):
// applied as node applies them, and not listed in execArgv.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeopts-'));
const pre = path.join(dir, 'pre.js');
const main = path.join(dir, 'main.js');
fs.writeFileSync(pre, "console.log('preloaded');\n");
fs.writeFileSync(main, [
  "console.log('execArgv', JSON.stringify(process.execArgv));",
  "process.on('warning', (w) => console.log('event', w.name, w.code || ''));",
  "process.emitWarning('one', { code: 'DEP1', type: 'DeprecationWarning' });",
  "process.emitWarning('two', { code: 'XP1', type: 'ExperimentalWarning' });",
  "process.emitWarning('three');",
].join('\n'));

function run(label, args, nodeOptions, extraEnv) {
  const env = { ...process.env, ...extraEnv };
  delete env.NODE_OPTIONS;
  if (nodeOptions !== undefined) env.NODE_OPTIONS = nodeOptions;
  const r = spawnSync(process.execPath, [...args, main], { env, encoding: 'utf8' });
  const warnings = r.stderr.split('\n').filter((l) => /Warning|is not allowed|NODE_OPTIONS/.test(l))
    .map((l) => l.replace(/^\(node:\d+\)/, '(node:PID)').replace(/^\S*?(node|wqnode): /, 'EXE: '));
  console.log(`--- ${label}: status ${r.status}`);
  console.log(r.stdout.trim().split(dir).join('DIR'));
  console.log(warnings.join('\n'));
}

run('-r as two arguments', ['-r', pre]);
run('--require=', ['--require=' + pre]);
run('NODE_OPTIONS --require', [], `--require "${pre}"`);
run('--no-warnings', ['--no-warnings']);
run('NODE_OPTIONS --no-deprecation', [], '--no-deprecation');
run('--disable-warning code', ['--disable-warning=DEP1']);
run('--disable-warning type twice', ['--disable-warning=ExperimentalWarning', '--disable-warning', 'Warning']);
run('NODE_NO_WARNINGS', [], undefined, { NODE_NO_WARNINGS: '1' });
run('NODE_OPTIONS -e refused', [], '-e 1');
run('NODE_OPTIONS unterminated', [], '--require "x');
fs.rmSync(dir, { recursive: true });
