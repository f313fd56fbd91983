'use strict';
// TAP output of node:test's default (non-TTY) reporter.

const { inspect } = require('internal/util/inspect');

function yamlValue(indent, key, value) {
  if (typeof value === 'string') {
    if (value.includes('\n')) {
      const lines = value.split('\n').map((l) => `${indent}  ${l}`);
      return `${indent}${key}: |-\n${lines.join('\n')}\n`;
    }
    return `${indent}${key}: '${value.replaceAll("'", "''")}'\n`;
  }
  if (value !== null && typeof value === 'object') {
    const s = inspect(value, { depth: 10, breakLength: Infinity });
    return `${indent}${key}: ${s}\n`;
  }
  return `${indent}${key}: ${String(value)}\n`;
}

function stackLines(stack) {
  if (typeof stack !== 'string') return [];
  const out = [];
  for (const line of stack.split('\n')) {
    const m = /^\s*at (.*)$/.exec(line);
    if (m === null) continue;
    if (m[1].includes('node:test') || m[1].includes('node:internal/test_runner') ||
        m[1].includes('internal/test_runner/')) continue;
    out.push(m[1]);
  }
  return out;
}

// errorYaml renders the failure fields of a test's YAML block.
function errorYaml(indent, err) {
  let s = yamlValue(indent, 'failureType', err.failureType);
  const cause = err.cause;
  let code = err.code;
  let msg = err.message;
  let name;
  let expected; let actual; let operator; let stack;
  const isErr = cause !== null && typeof cause === 'object';
  if (isErr) {
    if (cause.code !== undefined) code = cause.code;
    if (typeof cause.name === 'string' && cause.name !== 'Error') name = cause.name;
    ({ expected, actual, operator } = cause);
    stack = cause.stack;
    if (cause.message !== undefined) msg = `${cause.message}`;
  } else if (err.failureType === 'cancelledByParent' && err.cause === undefined) {
    stack = undefined;
  }
  s += yamlValue(indent, 'error', msg);
  if (code !== undefined) s += yamlValue(indent, 'code', code);
  if (name !== undefined) s += yamlValue(indent, 'name', name);
  if (isErr && ('expected' in cause || 'actual' in cause)) {
    s += yamlValue(indent, 'expected', expected);
    s += yamlValue(indent, 'actual', actual);
    if (operator !== undefined) s += yamlValue(indent, 'operator', operator);
  }
  const frames = stackLines(stack);
  if (frames.length > 0) {
    s += `${indent}stack: |-\n`;
    for (const f of frames) s += `${indent}  ${f}\n`;
  }
  return s;
}

// render(test) -> the TAP text of a finished test (not the root).
function render(t) {
  const indent = '    '.repeat(t.nesting);
  let s = `${indent}# Subtest: ${t.name}\n`;
  if (t.subtests.length > 0) {
    for (const c of t.subtests) s += render(c);
    s += `${indent}    1..${t.subtests.length}\n`;
  }
  let directive = '';
  if (t.skip !== false) directive = ` # SKIP${typeof t.skip === 'string' && t.skip !== '' ? ' ' + t.skip : ''}`;
  else if (t.todo !== false) directive = ` # TODO${typeof t.todo === 'string' && t.todo !== '' ? ' ' + t.todo : ''}`;
  s += `${indent}${t.passed ? 'ok' : 'not ok'} ${t.testNumber} - ${t.name}${directive}\n`;
  const y = indent + '  ';
  s += `${y}---\n`;
  s += `${y}duration_ms: ${t.duration}\n`;
  if (t.isSuite) s += `${y}type: 'suite'\n`;
  if (!t.passed && t.error !== null) {
    if (t.location !== undefined) s += yamlValue(y, 'location', t.location);
    s += errorYaml(y, t.error);
  }
  s += `${y}...\n`;
  for (const d of t.diagnostics) s += `${indent}# ${d}\n`;
  return s;
}

module.exports = { render };
