'use strict';
// The command-line options in effect, as Node's getOptionValue sees them:
// process.execArgv and, before it, the options of NODE_OPTIONS (which
// Node applies without listing them in execArgv), set once per process
// by the bootstrap.

let cached;

// init takes the options from the process binding: NODE_OPTIONS's, as
// the command line parsed them, then execArgv (the bootstrap calls it
// before the global process exists).
function init(pb) {
  cached = [...pb.nodeOptions, ...pb.execArgv];
}

// optionArgs is NODE_OPTIONS's options followed by execArgv.
function optionArgs() {
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

// pendingDeprecation: --pending-deprecation, or NODE_PENDING_DEPRECATION=1.
function pendingDeprecation() {
  return hasOption('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
}

module.exports = { init, optionArgs, hasOption, optionValues, pendingDeprecation };
