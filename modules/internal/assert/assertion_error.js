'use strict';
// AssertionError and the text of its generated messages, including the
// line-based "+ actual - expected" diff.

const { inspect } = require('internal/util/inspect');
const { removeColors } = require('internal/util');

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two single-line values shorter than this together are shown as `a !== b`.
const kMaxShortLength = 12;
// Beyond this many printed diff lines the output is cut short.
const kMaxDiffLines = 50;

let blue = '';
let green = '';
let red = '';
let white = '';

function setColors() {
  blue = green = red = white = '';
  const stderr = process.stderr;
  if (stderr && stderr.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors()) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    white = '\u001b[39m';
    red = '\u001b[31m';
  }
}

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectOrFunction(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// Builds the "+ actual - expected" message for strictEqual/deepStrictEqual.
function diffMessage(actual, expected, operator, customMessage) {
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const header = customMessage ? `${customMessage}` : kReadableOperator[operator];

  // Position of the first differing character of single-line values; it is
  // marked with a caret under the output when it is far enough in.
  let pos = 0;
  let caret = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const colored = inspect.defaultOptions && inspect.defaultOptions.colors;
    const actualRaw = colored ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colored ? removeColors(expectedLines[0]) : expectedLines[0];
    const combined = actualRaw.length + expectedRaw.length;
    if (combined <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const width = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
      if (combined < width) {
        while (actualRaw[pos] === expectedRaw[pos]) pos++;
        if (pos > 2) {
          caret = `\n  ${' '.repeat(pos)}^`;
          pos = 0;
        }
      }
    }
  }

  // Identical trailing lines: keep the last three, plus the first one of the
  // run and a "..." marker when the run is longer.
  let tail = '';
  let firstOfTail = '';
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (pos++ < 3) {
      tail = `\n  ${a}${tail}`;
    } else {
      firstOfTail = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const total = Math.max(actualLines.length, expectedLines.length);
  if (total === 0) {
    // Everything matched: the values only differ by identity.
    const lines = actualText.split('\n');
    if (lines.length > kMaxDiffLines) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  let skipped = false;
  if (pos >= 5) {
    tail = `\n${blue}...${white}${tail}`;
    skipped = true;
  }
  if (firstOfTail !== '') {
    tail = `\n  ${firstOfTail}${tail}`;
  }

  let out = '';
  // Expected-side lines wait here so a block of changes reads +++ then ---.
  let pending = '';
  let printed = 0;
  let sameRun = 0;
  const title = `${header}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedNote = ` ${blue}...${white} Lines skipped`;

  // Prints the end of a run of identical lines that precedes line `i`:
  // up to two lines directly, a "..." marker for longer runs.
  function flushSameRun(lines, i) {
    if (sameRun > 2) {
      if (sameRun > 3) {
        if (sameRun > 4) {
          if (sameRun === 5) {
            out += `\n  ${lines[i - 3]}`;
            printed++;
          } else {
            out += `\n${blue}...${white}`;
            skipped = true;
          }
        }
        out += `\n  ${lines[i - 2]}`;
        printed++;
      }
      out += `\n  ${lines[i - 1]}`;
      printed++;
    }
    sameRun = 0;
  }

  let longer = actualLines;
  let longerSign = `${green}+${white}`;
  let common = expectedLines.length;
  if (actualLines.length < total) {
    longer = expectedLines;
    longerSign = `${red}-${white}`;
    common = actualLines.length;
  }

  for (let i = 0; i < total; i++) {
    if (i >= common) {
      // Only the longer side has lines left.
      flushSameRun(longer, i);
      if (longer === actualLines) {
        out += `\n${longerSign} ${longer[i]}`;
      } else {
        pending += `\n${longerSign} ${longer[i]}`;
      }
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that only differs by a trailing comma counts as identical.
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        flushSameRun(actualLines, i);
        out += `\n${green}+${white} ${actualLine}`;
        pending += `\n${red}-${white} ${expectedLine}`;
        printed += 2;
      } else {
        out += pending;
        pending = '';
        sameRun++;
        if (sameRun <= 2) {
          out += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > kMaxDiffLines && i < total - 2) {
      return `${title}${skippedNote}\n${out}\n${blue}...${white}${pending}\n${blue}...${white}`;
    }
  }

  return `${title}${skipped ? skippedNote : ''}\n${out}${pending}${tail}${caret}`;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// A stack-less stand-in for an Error, so messages do not show stack traces.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

function truncateForInspection(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) return `${string.slice(0, 512)}...`;
  return string;
}

function invalidOptions(options) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  return new ERR_INVALID_ARG_TYPE('options', 'Object', options);
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw invalidOptions(options);
    const {
      message,
      operator,
      stackStartFn,
      details,
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    if (message != null && operator !== 'deepStrictEqual' && operator !== 'strictEqual') {
      super(String(message));
    } else {
      setColors();
      if (isObjectLike(actual) && isObjectLike(expected) &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }

      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(diffMessage(actual, expected, operator, message));
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        let base = kReadableOperator[operator];
        const lines = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' && isObjectOrFunction(actual)) {
          base = kReadableOperator.notStrictEqualObject;
        }
        if (lines.length > kMaxDiffLines) {
          lines[46] = `${blue}...${white}`;
          lines.length = 47;
        }
        if (lines.length === 1) {
          super(`${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`);
        } else {
          super(`${base}\n\n${lines.join('\n')}\n`);
        }
      } else {
        let res = inspectValue(actual);
        let other = inspectValue(expected);
        const readable = kReadableOperator[operator];
        if (operator === 'notDeepEqual' && res === other) {
          res = `${readable}\n\n${res}`;
          if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
          super(res);
        } else {
          if (res.length > 512) res = `${res.slice(0, 509)}...`;
          if (other.length > 512) other = `${other.slice(0, 509)}...`;
          if (operator === 'deepEqual') {
            res = `${readable}\n\n${res}\n\nshould loosely deep-equal\n\n`;
          } else {
            const unequal = kReadableOperator[`${operator}Unequal`];
            if (unequal) {
              res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
            } else {
              other = ` ${operator} ${other}`;
            }
          }
          super(`${res}${other}`);
        }
      }
    }

    this.generatedMessage = !message;
    // The stack header names the code too: "AssertionError [ERR_ASSERTION]: ...".
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    }
    let stack;
    try {
      stack = this.stack;
    } catch {
      stack = undefined;
    }
    if (typeof stack === 'string' && (stack === '' || /^\s+at /.test(stack))) {
      // Engines (QuickJS) whose stack lists frames only: add Node's header.
      if (stack.endsWith('\n')) stack = stack.slice(0, -1);
      Object.defineProperty(this, 'stack', {
        __proto__: null,
        value: `${this.name}: ${this.message}${stack === '' ? '' : `\n${stack}`}`,
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = truncateForInspection(this.actual);
    if (typeof this.expected === 'string') this.expected = truncateForInspection(this.expected);
    // Show `actual` and `expected` only shallowly; the message has the detail.
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

module.exports = { AssertionError, kReadableOperator, inspectValue };
