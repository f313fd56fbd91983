'use strict';
// The command-line options in effect, as Node's getOptionValue sees them:
// process.execArgv and, before it, the options of NODE_OPTIONS (which
// Node applies without listing them in execArgv). Read once, from the
// environment the process started with.

let cached;

// splitNodeOptions splits NODE_OPTIONS as Node does: on spaces, with
// double quotes grouping and a backslash escaping inside them.
function splitNodeOptions(s) {
  const out = [];
  let cur = '';
  let quoted = false;
  let have = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted && c === '\\' && i + 1 < s.length) {
      cur += s[++i];
    } else if (c === '"') {
      quoted = !quoted;
      have = true;
    } else if (c === ' ' && !quoted) {
      if (have || cur !== '') out.push(cur);
      cur = '';
      have = false;
    } else {
      cur += c;
    }
  }
  if (have || cur !== '') out.push(cur);
  return out;
}

// init reads the options of proc, the process object being set up (the
// bootstrap calls it before the global process exists).
function init(proc) {
  const env = proc.env.NODE_OPTIONS;
  cached = [...(typeof env === 'string' ? splitNodeOptions(env) : []), ...proc.execArgv];
}

// optionArgs is NODE_OPTIONS's options followed by execArgv.
function optionArgs() {
  if (cached === undefined) init(process);
  return cached;
}

// hasOption reports whether a boolean flag is on.
function hasOption(name) {
  return optionArgs().includes(name);
}

// optionValues lists every value given to an option that takes one, in
// order: `--name=value` and `--name value` (and alias's forms).
function optionValues(name, alias) {
  const args = optionArgs();
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((a === name || (alias && a === alias)) && i + 1 < args.length) out.push(args[++i]);
    else if (a.startsWith(name + '=')) out.push(a.slice(name.length + 1));
  }
  return out;
}

module.exports = { init, optionArgs, hasOption, optionValues, splitNodeOptions };
