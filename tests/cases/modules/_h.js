'use strict';
// Shared helpers for the module-system cases: print values and errors with
// the case folder's absolute path replaced by '.'.
const cwd = process.cwd();
const rel = (s) => (typeof s === 'string' ? s.split(cwd).join('.') : s);
function fmt(v) {
  if (typeof v === 'string') return JSON.stringify(rel(v));
  if (typeof v === 'function') return `[function ${v.name}]`;
  if (v === undefined) return 'undefined';
  return rel(JSON.stringify(v));
}
function err(label, e) {
  console.log(`${label} threw ${e && e.name} ${e && e.code} ${JSON.stringify(rel(e && e.message))}`);
}
function show(label, f) {
  try {
    console.log(`${label} -> ${fmt(f())}`);
  } catch (e) {
    err(label, e);
  }
}
module.exports = { rel, fmt, err, show };
