'use strict';
// The Console class and the global console (Node's internal/console/*).

const {
  inspect,
  formatWithOptionsInternal,
  getStringWidth,
  types,
  previewEntries,
} = require('internal/util/inspect');

const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindProperties = Symbol('kBindProperties');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kPlainStreams = Symbol('kPlainStreams');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kMaxGroupIndentation = 1000;
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

const optionsMap = new WeakMap();

function errors() {
  return require('internal/errors').codes;
}
function validators() {
  return require('internal/validators');
}

function emitWarning(msg) {
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(msg);
  }
}

function noop() {}

// Current time as [seconds, nanoseconds] like process.hrtime().
function hrtime() {
  if (typeof process === 'object' && process !== null && typeof process.hrtime === 'function') {
    return process.hrtime();
  }
  const ms = typeof performance === 'object' && performance !== null && typeof performance.now === 'function' ?
    performance.now() : Date.now();
  return [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
}

function elapsedMs(start) {
  if (typeof process === 'object' && process !== null && typeof process.hrtime === 'function') {
    const d = process.hrtime(start);
    return d[0] * 1000 + d[1] / 1e6;
  }
  const now = hrtime();
  let sec = now[0] - start[0];
  let nsec = now[1] - start[1];
  if (nsec < 0) {
    sec--;
    nsec += 1e9;
  }
  return sec * 1000 + nsec / 1e6;
}

function envColorDepth() {
  let env;
  try {
    env = process.env.FORCE_COLOR;
  } catch {
    return undefined;
  }
  if (env === undefined) return undefined;
  switch (env) {
    case '':
    case '1':
    case 'true':
      return 4;
    case '2':
      return 8;
    case '3':
      return 24;
    default:
      return 1;
  }
}

function shouldColorize(stream) {
  const forced = envColorDepth();
  if (forced !== undefined) return forced > 2;
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${head}:${pad2(parts[0])}.${parts[1]} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(elapsedMs(start));
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// Stack frames of the caller of `fn` ("    at ..." lines).
function captureFrames(fn) {
  const holder = {};
  if (typeof Error.captureStackTrace === 'function') {
    try {
      Error.captureStackTrace(holder, fn);
    } catch { /* ignore */ }
  }
  let stack = typeof holder.stack === 'string' ? holder.stack : undefined;
  if (stack === undefined) {
    stack = String(new Error().stack || '');
    // Drop our own frames (captureFrames and trace).
    const lines = stack.split('\n').filter((l) => /^\s*at\s/.test(l));
    return lines.slice(2).join('\n');
  }
  const lines = stack.split('\n');
  while (lines.length !== 0 && !/^\s*at\s/.test(lines[0])) lines.shift();
  return lines.filter((l) => l !== '').join('\n');
}

// ---------------------------------------------------------------------------
// Table rendering

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, widths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

function renderTable(head, columns) {
  const rows = [];
  const widths = head.map((h) => getStringWidth(h));
  let longest = 0;
  for (const c of columns) if (c.length > longest) longest = c.length;
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      const width = widths[i] || 0;
      const counted = getStringWidth(value);
      widths[i] = Math.max(width, counted);
    }
  }
  const divider = widths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, widths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

// ---------------------------------------------------------------------------
// Console

// createWriteErrorHandler is the callback of a console write: a write
// that failed later (asynchronously, or from the stream's callback) gets a
// no-op 'error' listener before the stream emits it, so a failing stream
// never crashes the program through console.log.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined && !stream._writableState?.errorEmitted) {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
    }
  };
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new (errors().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new (errors().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  }
  validators().validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validators().validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validators().validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new (errors().ERR_INCOMPATIBLE_OPTION_PAIR)('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Bind the methods so they can be passed around detached from the console.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const consolePropAttributes = { writable: true, enumerable: false, configurable: true };

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    ...consolePropAttributes,
    value(stdout, stderr) {
      Object.defineProperties(this, {
        _stdout: { ...consolePropAttributes, value: stdout },
        _stderr: { ...consolePropAttributes, value: stderr },
      });
    },
  },
  [kBindProperties]: {
    ...consolePropAttributes,
    value(ignoreErrors, colorMode, groupIndentation = 2) {
      Object.defineProperties(this, {
        _stdoutErrorHandler: { ...consolePropAttributes, value: createWriteErrorHandler(this, kUseStdout) },
        _stderrErrorHandler: { ...consolePropAttributes, value: createWriteErrorHandler(this, kUseStderr) },
        _ignoreErrors: { ...consolePropAttributes, value: Boolean(ignoreErrors) },
        _times: { ...consolePropAttributes, value: new Map() },
        [kCounts]: { ...consolePropAttributes, value: new Map() },
        [kColorMode]: { ...consolePropAttributes, value: colorMode },
        [kIsConsole]: { ...consolePropAttributes, value: true },
        [kGroupIndent]: { ...consolePropAttributes, value: '' },
        [kGroupIndentationWidth]: { ...consolePropAttributes, value: groupIndentation },
        [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
      });
    },
  },
  [kWriteToConsole]: {
    ...consolePropAttributes,
    value(streamSymbol, string) {
      const groupIndent = this[kGroupIndent];
      const useStdout = streamSymbol === kUseStdout;
      const stream = useStdout ? this._stdout : this._stderr;
      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';

      if (this._ignoreErrors === false) return stream.write(string);

      if (this[kPlainStreams] === true) {
        // Host streams of the global console: plain objects with write().
        try {
          stream.write(string);
        } catch (e) {
          if (isStackOverflowError(e)) throw e;
        }
        return;
      }

      const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
      // Errors may be thrown synchronously or emitted; swallow both.
      try {
        if (stream.listenerCount('error') === 0) stream.once('error', noop);
        stream.write(string, errorHandler);
      } catch (e) {
        if (isStackOverflowError(e)) throw e;
      } finally {
        stream.removeListener('error', noop);
      }
    },
  },
  [kGetInspectOptions]: {
    ...consolePropAttributes,
    value(stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = optionsMap.get(this);
      if (options) {
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },
  [kFormatForStdout]: {
    ...consolePropAttributes,
    value(args) {
      if (args.length === 1 && typeof args[0] === 'string') return args[0];
      return formatWithOptionsInternal(this[kGetInspectOptions](this._stdout), args);
    },
  },
  [kFormatForStderr]: {
    ...consolePropAttributes,
    value(args) {
      if (args.length === 1 && typeof args[0] === 'string') return args[0];
      return formatWithOptionsInternal(this[kGetInspectOptions](this._stderr), args);
    },
  },
});

function isStackOverflowError(err) {
  if (err === null || typeof err !== 'object') return false;
  const msg = `${err.message}`;
  return (err.name === 'RangeError' && msg === 'Maximum call stack size exceeded') ||
    msg === 'stack overflow';
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = this[kFormatForStderr](args);
    const frames = captureFrames(trace);
    const header = message === '' ? 'Trace' : `Trace: ${message}`;
    this.error(frames === '' ? header : `${header}\n${frames}`);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    if (this._stdout.isTTY && !(typeof process === 'object' && process.env && process.env.TERM === 'dumb')) {
      this._stdout.write('\x1b[1;1H');
      this._stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) {
      count = 1;
    } else {
      count++;
    }
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validators().validateArray(properties, 'properties');

    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const t = types();
    const final = (k, v) => this.log(renderTable(k, v));

    const _inspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    const mapIter = t.isMapIterator(tabularData);
    let isKeyValue = false;
    let i = 0;
    if (mapIter) {
      const res = previewEntries(tabularData, true);
      if (res !== undefined) {
        tabularData = res[0];
        isKeyValue = res[1];
      } else {
        tabularData = [];
      }
    }

    if (isKeyValue || t.isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const { 0: k, 1: v } of tabularData) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }

    const setIter = t.isSetIterator(tabularData);
    if (setIter) tabularData = previewEntries(tabularData) || [];

    const setlike = setIter || mapIter || t.isSet(tabularData);
    if (setlike) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);

    for (; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = _inspect(item[key]);
          }
        }
      }
    }

    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);

    return final(keys, values);
  },
};

for (const name of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, name, {
    value: consoleMethods[name],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
// Aliases, as in Node (same function objects).
for (const [alias, target] of [['debug', 'log'], ['info', 'log'], ['dirxml', 'log'],
  ['error', 'warn'], ['groupCollapsed', 'group']]) {
  Object.defineProperty(Console.prototype, alias, {
    value: Console.prototype[target],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------
// Global console

let globalConsole;

// Builds the global console writing to `stdout` / `stderr` (objects with a
// write(string) method). The result is a plain object (not a Console
// instance, though `instanceof Console` holds) whose methods are bound.
function createGlobalConsole(stdout, stderr = stdout) {
  const con = { __proto__: {} };
  for (const prop of Reflect.ownKeys(Console.prototype)) {
    if (prop === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
    if (typeof desc.value === 'function') {
      desc.value = desc.value.bind(con);
      Reflect.defineProperty(desc.value, 'name', { value: prop });
    }
    Reflect.defineProperty(con, prop, desc);
  }
  con[kBindStreamsEager](stdout, stderr);
  con[kBindProperties](true, 'auto');
  Object.defineProperty(con, kPlainStreams, { value: true, writable: true, configurable: true });
  con.Console = Console;
  // Inspector-only methods: no-ops without an inspector.
  for (const name of ['profile', 'profileEnd', 'timeStamp']) {
    const fn = { [name]() {} }[name];
    con[name] = fn;
  }
  con.context = function context(name) {
    const ctx = { __proto__: null };
    for (const key of Object.keys(Console.prototype)) ctx[key] = con[key];
    void name;
    return ctx;
  };
  con.createTask = function createTask(name) {
    void name;
    return { run(fn, ...args) { return fn(...args); } };
  };
  globalConsole = con;
  return con;
}

module.exports = {
  Console,
  createGlobalConsole,
  formatTime,
  kWriteToConsole,
  kGetInspectOptions,
  get globalConsole() {
    return globalConsole;
  },
};
