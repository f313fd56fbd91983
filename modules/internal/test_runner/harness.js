'use strict';
// The test tree of node:test: Test, Suite, TestContext and the root test,
// which starts on the next turn of the loop and reports at 'beforeExit'.

const { codes: { ERR_TEST_FAILURE, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject, validateAbortSignal, validateFunction } = require('internal/validators');
const { MockTracker } = require('internal/test_runner/mock');
const { render } = require('internal/test_runner/tap');

const kCancelledByParent = 'cancelledByParent';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kHookFailure = 'hookFailed';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';

function now() { return Number(process.hrtime.bigint()) / 1e6; }

function failure(err, type) {
  if (err instanceof Error && err.code === 'ERR_TEST_FAILURE' && err.failureType !== undefined) return err;
  return new ERR_TEST_FAILURE(err, type);
}

function plainFailure(message, type) {
  const e = new ERR_TEST_FAILURE(message, type);
  e.cause = undefined;
  e.message = message;
  return e;
}

// callerLocation finds `file:line:col` of the user code that created a test.
function callerLocation() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return undefined;
  for (const line of stack.split('\n')) {
    const m = /^\s*at (?:.*\()?(.*?:\d+(?::\d+)?)\)?$/.exec(line);
    if (m === null) continue;
    if (m[1].startsWith('node:') || m[1].includes('internal/test_runner') || m[1].startsWith('<')) continue;
    return m[1];
  }
  return undefined;
}

function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name;
    options = {};
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' ? fn.name : undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  if (name === undefined || name === '') name = '<anonymous>';
  return { name: `${name}`, options, fn };
}

class TestContext {
  #test;
  constructor(test) { this.#test = test; }
  get name() { return this.#test.name; }
  get signal() { return this.#test.controller.signal; }
  get mock() {
    if (this.#test.mockTracker === null) this.#test.mockTracker = new MockTracker();
    return this.#test.mockTracker;
  }
  diagnostic(message) { this.#test.diagnostics.push(`${message}`); }
  skip(message) { this.#test.skip = message === undefined ? true : `${message}`; }
  todo(message) { this.#test.todo = message === undefined ? true : `${message}`; }
  runOnly() {}
  plan() {
    const { notImplemented } = require('internal/not_implemented');
    throw notImplemented('TestContext.plan');
  }
  test(name, options, fn) {
    const args = parseArgs(name, options, fn);
    return this.#test.createSubtest(Test, args).start();
  }
  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }
}

class SuiteContext {
  #test;
  constructor(test) { this.#test = test; }
  get name() { return this.#test.name; }
  get signal() { return this.#test.controller.signal; }
}

let root = null;

class Test {
  constructor(parent, { name, options, fn }) {
    this.parent = parent;
    this.name = name;
    this.fn = fn ?? (() => {});
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.subtests = [];
    this.queue = [];
    this.running = 0;
    this.diagnostics = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.mockTracker = null;
    this.passed = false;
    this.error = null;
    this.finished = false;
    this.started = false;
    this.isSuite = false;
    this.duration = 0;
    this.location = parent === null ? undefined : callerLocation();
    this.testNumber = parent === null ? 0 : parent.subtests.length + 1;
    const { skip = false, todo = false, concurrency, timeout, signal } = options;
    this.skip = skip === true || (typeof skip === 'string' && skip !== '') ? skip : (skip ? true : false);
    this.todo = todo === true || (typeof todo === 'string' && todo !== '') ? todo : (todo ? true : false);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (timeout !== undefined && timeout !== Infinity) {
      if (typeof timeout !== 'number') throw new ERR_INVALID_ARG_TYPE('options.timeout', 'number', timeout);
    }
    this.timeout = timeout ?? (parent?.timeout ?? Infinity);
    if (concurrency === true) this.concurrency = Infinity;
    else if (typeof concurrency === 'number' && concurrency >= 1) this.concurrency = concurrency;
    else this.concurrency = 1;
    this.controller = new AbortController();
    this.outerSignal = signal;
    this.done = new Promise((resolve) => { this.resolveDone = resolve; });
  }

  addHook(kind, fn, options) {
    validateFunction(fn, 'fn');
    if (options !== undefined) validateObject(options, 'options');
    this.hooks[kind].push(fn);
  }

  createSubtest(Kind, args) {
    const t = new Kind(this, args);
    this.subtests.push(t);
    return t;
  }

  // start queues the test on its parent; the promise settles when it ends.
  start() {
    const p = this.parent;
    p.queue.push(this);
    p.pump();
    return this.done.then(() => undefined);
  }

  pump() {
    if (this.parent !== null && this.finishedBody === true && this !== root) return;
    while (this.running < this.concurrency && this.queue.length > 0) {
      const t = this.queue.shift();
      this.running++;
      t.run().then(() => {
        this.running--;
        this.pump();
      });
    }
  }

  cancel(message) {
    if (this.finished) return;
    this.fail(plainFailure(message, kCancelledByParent));
    for (const c of this.subtests) c.cancel('test did not finish before its parent and was cancelled');
    this.end();
  }

  fail(err) {
    if (this.error === null) this.error = err;
    this.passed = false;
  }

  end() {
    if (this.finished) return;
    this.finished = true;
    this.duration = now() - this.startTime;
    if (this.mockTracker !== null) this.mockTracker.reset();
    this.controller.abort();
    this.resolveDone();
    if (this.parent === root) root.report(this);
  }

  async runHook(kind, ctx) {
    for (const fn of this.hooks[kind]) await callFn(fn, ctx, this.timeout);
  }

  hasEachHooks(kind) {
    for (let p = this.parent; p !== null; p = p.parent) if (p.hooks[kind].length > 0) return true;
    return false;
  }

  async runEachHooks(kind, ctx) {
    const chain = [];
    for (let p = this.parent; p !== null; p = p.parent) chain.push(p);
    if (kind === 'beforeEach') chain.reverse();
    for (const p of chain) for (const fn of p.hooks[kind]) await callFn(fn, ctx, p.timeout);
  }

  async run() {
    this.started = true;
    this.startTime = now();
    if (this.finished) return;
    if (this.outerSignal?.aborted) {
      this.fail(plainFailure('This operation was aborted', kCancelledByParent));
      this.end();
      return;
    }
    if (this.skip !== false) {
      this.passed = true;
      this.end();
      return;
    }
    const ctx = new TestContext(this);
    if (this.hasEachHooks('beforeEach')) {
      try {
        await this.runEachHooks('beforeEach', ctx);
      } catch (err) {
        this.fail(failure(err, kHookFailure));
      }
    }
    if (this.error === null) {
      // A synchronous body ends synchronously: a sync subtest started by
      // t.test() is over before its parent's body returns.
      try {
        const r = callFn(this.fn, ctx, this.timeout, true);
        if (r !== undefined) await r;
      } catch (err) {
        if (!this.finished) this.fail(failure(err, err?.failureType ?? kTestCodeFailure));
      }
    }
    if (this.finished) return;
    this.finishedBody = true;
    // Subtests that did not end with the body are cancelled.
    for (const c of this.subtests) c.cancel('test did not finish before its parent and was cancelled');
    this.queue.length = 0;
    if (this.hasEachHooks('afterEach') || this.hooks.after.length > 0) {
      try {
        await this.runEachHooks('afterEach', ctx);
        await this.runHook('after', ctx);
      } catch (err) {
        this.fail(failure(err, kHookFailure));
      }
    }
    this.settle();
    this.end();
  }

  settle() {
    if (this.error !== null) { this.passed = false; return; }
    let failed = 0;
    for (const c of this.subtests) if (!c.passed && c.todo === false) failed++;
    if (failed > 0) {
      this.fail(plainFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`, kSubtestsFailed));
      return;
    }
    this.passed = true;
  }
}

class Suite extends Test {
  constructor(parent, args) {
    super(parent, args);
    this.isSuite = true;
    this.buildError = null;
    const prev = current;
    current = this;
    try {
      const r = this.fn.call(new SuiteContext(this), new SuiteContext(this));
      if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
        this.buildPromise = Promise.resolve(r).catch((err) => { this.buildError = failure(err, kTestCodeFailure); });
      }
    } catch (err) {
      this.buildError = failure(err, kTestCodeFailure);
    } finally {
      current = prev;
    }
  }

  pump() {}

  async run() {
    this.started = true;
    this.startTime = now();
    if (this.finished) return;
    if (this.buildPromise !== undefined) await this.buildPromise;
    if (this.skip !== false || this.buildError !== null) {
      if (this.buildError !== null) this.fail(this.buildError);
      else this.passed = true;
      for (const c of this.subtests) { c.skip = c.skip === false && this.skip !== false ? true : c.skip; }
      if (this.buildError === null) {
        for (const c of this.subtests) await c.run();
      } else {
        for (const c of this.subtests) c.cancel('test did not finish before its parent and was cancelled');
      }
      if (this.buildError === null) this.settle();
      this.end();
      return;
    }
    const ctx = new SuiteContext(this);
    try {
      await this.runHook('before', ctx);
    } catch (err) {
      this.fail(failure(err, kHookFailure));
    }
    if (this.error === null) {
      if (this.concurrency === 1) {
        for (const c of this.subtests) await c.run();
      } else {
        const all = [];
        let i = 0;
        const next = async () => {
          while (i < this.subtests.length) await this.subtests[i++].run();
        };
        for (let k = 0; k < Math.min(this.concurrency, this.subtests.length); k++) all.push(next());
        await Promise.all(all);
      }
    } else {
      for (const c of this.subtests) c.cancel('test did not finish before its parent and was cancelled');
    }
    try {
      await this.runHook('after', ctx);
    } catch (err) {
      this.fail(failure(err, kHookFailure));
    }
    this.settle();
    this.end();
  }
}

// callFn runs a test body or hook: sync, promise or done-callback style,
// bounded by timeout (ms; the timer does not keep the loop alive).
function callFn(fn, ctx, timeout, isTest) {
  if (fn.length < 2) {
    const r = Reflect.apply(fn, ctx, [ctx]);
    if (r === null || typeof r !== 'object' || typeof r.then !== 'function') return undefined;
    return awaitResult(r, timeout);
  }
  return new Promise((resolve, reject) => {
    let timer;
    const settle = (f, v) => {
      if (timer !== undefined) clearTimeout(timer);
      f(v);
    };
    if (timeout !== Infinity) {
      timer = setTimeout(() => {
        reject(plainFailure(`test timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
      timer.unref?.();
    }
    const arity = fn.length;
    const useDone = isTest ? arity >= 2 : arity >= 2;
    try {
      if (useDone) {
        let called = false;
        const done = (err) => {
          if (called) return;
          called = true;
          if (err) settle(reject, err);
          else settle(resolve);
        };
        const r = Reflect.apply(fn, ctx, [ctx, done]);
        if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
          r.then(() => {}, () => {});
          settle(reject, plainFailure('passed a callback but also returned a Promise', kCallbackAndPromisePresent));
        }
        return;
      }
      const r = Reflect.apply(fn, ctx, [ctx]);
      if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
        Promise.resolve(r).then(() => settle(resolve), (e) => settle(reject, e));
      } else {
        settle(resolve);
      }
    } catch (err) {
      settle(reject, err);
    }
  });
}

function awaitResult(r, timeout) {
  return new Promise((resolve, reject) => {
    let timer;
    if (timeout !== Infinity) {
      timer = setTimeout(() => {
        reject(plainFailure(`test timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
      timer.unref?.();
    }
    Promise.resolve(r).then((v) => {
      if (timer !== undefined) clearTimeout(timer);
      resolve(v);
    }, (e) => {
      if (timer !== undefined) clearTimeout(timer);
      reject(e);
    });
  });
}

class Root extends Test {
  constructor() {
    super(null, { name: '<root>', options: {}, fn: undefined });
    this.startTime = now();
    this.reported = 0;
    this.started = true;
    this.pending = [];
    this.counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    process.stdout.write('TAP version 13\n');
    this.exitHook = () => this.finish();
    process.on('beforeExit', this.exitHook);
    this.waitStart = true;
    setImmediate(() => {
      this.waitStart = false;
      this.pump();
    });
  }

  pump() {
    if (this.waitStart) return;
    super.pump();
  }

  count(t) {
    const c = this.counts;
    if (t.isSuite) c.suites++;
    else {
      c.tests++;
      if (t.skip !== false) c.skipped++;
      else if (t.todo !== false) c.todo++;
      else if (!t.passed && t.error?.failureType === kCancelledByParent) c.cancelled++;
      else if (t.passed) c.pass++;
      else c.fail++;
    }
    for (const s of t.subtests) this.count(s);
  }

  // report writes finished top-level tests in creation order.
  report() {
    while (this.reported < this.subtests.length && this.subtests[this.reported].finished) {
      const t = this.subtests[this.reported++];
      this.count(t);
      if (!t.passed && t.todo === false) process.exitCode = 1;
      process.stdout.write(render(t));
    }
  }

  finish() {
    for (const t of this.subtests) {
      if (!t.finished) {
        t.startTime ??= now();
        t.cancel('Promise resolution is still pending but the event loop has already resolved');
      }
    }
    this.report();
    process.removeListener('beforeExit', this.exitHook);
    const c = this.counts;
    let s = `1..${this.subtests.length}\n`;
    s += `# tests ${c.tests}\n# suites ${c.suites}\n# pass ${c.pass}\n# fail ${c.fail}\n`;
    s += `# cancelled ${c.cancelled}\n# skipped ${c.skipped}\n# todo ${c.todo}\n`;
    s += `# duration_ms ${now() - this.startTime}\n`;
    process.stdout.write(s);
    root = null;
    current = null;
  }
}

let current = null;

function getParent() {
  if (current !== null) return current;
  if (root === null) root = new Root();
  return root;
}

function test(name, options, fn) {
  const args = parseArgs(name, options, fn);
  const parent = getParent();
  const t = parent.createSubtest(Test, args);
  if (parent.isSuite) return t.done.then(() => undefined);
  return t.start();
}

function describe(name, options, fn) {
  const args = parseArgs(name, options, fn);
  const parent = getParent();
  const s = parent.createSubtest(Suite, args);
  if (parent.isSuite) return s.done.then(() => undefined);
  return s.start();
}

function hook(kind) {
  return function(fn, options) {
    const parent = getParent();
    validateFunction(fn, 'fn');
    if (options !== undefined) validateObject(options, 'options');
    if (parent === root && (kind === 'before' || kind === 'after')) {
      if (kind === 'before') {
        parent.hooks.before.push(fn);
        const p = (async () => callFn(fn, new TestContext(parent), Infinity))();
        root.queue.unshift({ run: () => p.catch(() => {}) });
        return;
      }
      parent.hooks.after.push(fn);
      const prev = root.exitHook;
      process.removeListener('beforeExit', prev);
      root.exitHook = async () => {
        process.removeListener('beforeExit', root.exitHook);
        for (const t of root.subtests) if (!t.finished) t.cancel('Promise resolution is still pending but the event loop has already resolved');
        try { await callFn(fn, new TestContext(root), Infinity); } catch { process.exitCode = 1; }
        prev();
      };
      process.on('beforeExit', root.exitHook);
      return;
    }
    parent.hooks[kind].push(fn);
  };
}

function variant(base, key) {
  return (name, options, fn) => {
    const a = parseArgs(name, options, fn);
    return base(a.name, { ...a.options, [key]: true }, a.fn);
  };
}

module.exports = { test, describe, hook, variant };
