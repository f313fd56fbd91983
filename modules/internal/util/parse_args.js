'use strict';
// util.parseArgs: command line argument parsing.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// The value of `options[name][key]`, looking only at own properties.
function optionValue(options, name, key) {
  if (!hasOwn(options, name)) return undefined;
  const config = options[name];
  return hasOwn(config, key) ? config[key] : undefined;
}

function defaultArgs() {
  const execArgv = process.execArgv;
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function validateBooleanArg(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateTypedArray(value, name, type) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== type) throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, value[i]);
  }
}

function validateOptions(options) {
  if (!isObject(options)) throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  for (const name of Object.keys(options)) {
    const config = options[name];
    const prefix = `options.${name}`;
    if (!isObject(config)) throw new ERR_INVALID_ARG_TYPE(prefix, 'Object', config);

    const type = optionValue(options, name, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`${prefix}.type`, "('string|boolean')", type);
    }

    if (hasOwn(config, 'short')) {
      const short = config.short;
      if (typeof short !== 'string') throw new ERR_INVALID_ARG_TYPE(`${prefix}.short`, 'string', short);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${prefix}.short`, short, 'must be a single character');
      }
    }

    const multiple = optionValue(options, name, 'multiple');
    if (hasOwn(config, 'multiple')) validateBooleanArg(multiple, `${prefix}.multiple`);

    const defaultValue = optionValue(options, name, 'default');
    if (defaultValue !== undefined) {
      const where = `${prefix}.default`;
      if (multiple) {
        validateTypedArray(defaultValue, where, type);
      } else if (typeof defaultValue !== type) {
        throw new ERR_INVALID_ARG_TYPE(where, type, defaultValue);
      }
    }
  }
}

function shortToLong(short, options) {
  for (const name of Object.keys(options)) {
    if (optionValue(options, name, 'short') === short) return name;
  }
  return short;
}

function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

// '-abc' and '-fVALUE': several short options, or a short string option
// with its value attached.
function isShortCluster(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

function startsWithStringOption(arg, options) {
  return optionValue(options, shortToLong(arg[1], options), 'type') === 'string';
}

function looksLikeOption(value) {
  return value.length > 1 && value[0] === '-';
}

function tokenize(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (isLoneShortOption(arg)) {
      const name = shortToLong(arg[1], options);
      let value;
      let inlineValue;
      if (optionValue(options, name, 'type') === 'string' && next !== undefined) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }

    if (isShortCluster(arg)) {
      if (!startsWithStringOption(arg, options)) {
        // Expand '-abc' into '-a', '-b', '-c' (a string option takes the rest).
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const short = arg[i];
          const name = shortToLong(short, options);
          if (optionValue(options, name, 'type') !== 'string' || i === arg.length - 1) {
            expanded.push(`-${short}`);
          } else {
            expanded.push(`-${short}${arg.slice(i + 1)}`);
            break;
          }
        }
        remaining.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      const name = shortToLong(arg[1], options);
      tokens.push({
        kind: 'option', name, rawName: arg.slice(0, 2), index, value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionValue(options, name, 'type') === 'string' && next !== undefined) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      tokens.push({
        kind: 'option', name: arg.slice(2, eq), rawName: arg.slice(0, eq), index,
        value: arg.slice(eq + 1), inlineValue: true,
      });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(config, token) {
  const options = config.options;
  let name = token.name;
  if (!hasOwn(options, name)) {
    const base = name.startsWith('no-') ? name.slice(3) : undefined;
    if (config.allowNegative && base !== undefined &&
        optionValue(options, base, 'type') === 'boolean') {
      name = base;
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionValue(options, name, 'short');
  const label = short ? `-${short}, --${name}` : `--${name}`;
  const type = optionValue(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && typeof token.value === 'string' && looksLikeOption(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && value === undefined && name.startsWith('no-')) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  const newValue = value ?? true;
  if (optionValue(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [];
    values[name].push(newValue);
  } else {
    values[name] = newValue;
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? { __proto__: null };

  if (!Array.isArray(args)) throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
  validateBooleanArg(strict, 'strict');
  validateBooleanArg(allowPositionals, 'allowPositionals');
  validateBooleanArg(returnTokens, 'tokens');
  validateBooleanArg(allowNegative, 'allowNegative');
  validateOptions(options);

  const parseConfig = { options, strict, allowPositionals, allowNegative };
  const result = { values: { __proto__: null }, positionals: [] };
  const tokens = tokenize(args, options);

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const name of Object.keys(options)) {
    const defaultValue = optionValue(options, name, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined) {
      result.values[name] = defaultValue;
    }
  }

  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
