'use strict';
// Timers as Node schedules them: one list per duration (insertion order is
// expiry order within a list), a priority queue of lists keyed by expiry,
// and a single host wakeup for the earliest list. Immediates are a queue run
// once per loop turn in the check phase.

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, toggleImmediateRef, getLibuvNow } = binding;
const { processTicksAndRejections, hasTickScheduled, runMicrotasks } = require('internal/process/task_queues');

const asyncContext = require('internal/async_context');
const kContext = Symbol('kContext');

// The AsyncLocalStorage context, kept only when one is in use and hidden
// from util.inspect (Node's Timeout shows no such field).
function setContext(item) {
  const context = asyncContext.capture();
  if (context !== undefined) {
    Object.defineProperty(item, kContext, { value: context, writable: true, configurable: true, enumerable: false });
  }
}

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let timerListId = 0;
let nextExpiry = Infinity;
let refCount = 0;
let asyncIdCounter = 1;
let onUncaught = null;
function setUncaughtHandler(fn) { onUncaught = fn; }

// ---- linked lists ----
function listInit(list) { list._idleNext = list; list._idlePrev = list; }
function listIsEmpty(list) { return list._idleNext === list; }
// New items go in at the head; the oldest is at the tail (_idlePrev).
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listPeek(list) { return list._idlePrev === list ? null : list._idlePrev; }

// ---- priority queue of lists ----
const heap = [];
function less(a, b) { return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id); }
function heapUp(i) {
  const item = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(item, heap[p])) break;
    heap[i] = heap[p]; heap[i].heapIndex = i;
    i = p;
  }
  heap[i] = item; item.heapIndex = i;
}
function heapDown(i) {
  const n = heap.length;
  const item = heap[i];
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && less(heap[c + 1], heap[c])) c++;
    if (!less(heap[c], item)) break;
    heap[i] = heap[c]; heap[i].heapIndex = i;
    i = c;
  }
  heap[i] = item; item.heapIndex = i;
}
function heapInsert(list) { heap.push(list); heapUp(heap.length - 1); }
function heapRemoveAt(i) {
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last; last.heapIndex = i;
    heapDown(i); heapUp(last.heapIndex);
  }
}

const timerListMap = { __proto__: null };

class TimersList {
  constructor(expiry, msecs) {
    listInit(this);
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.heapIndex = -1;
  }
}

function incRefCount() { if (refCount++ === 0) toggleTimerRef(true); }
function decRefCount() { if (--refCount === 0) toggleTimerRef(false); }

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    setContext(this);
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
  }

  refresh() {
    if (this[kRefed]) active(this); else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  // Shown one level deep, as Node's Timeout is.
  [Symbol.for('nodejs.util.inspect.custom')](_, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

const knownTimersById = { __proto__: null };

function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = ++asyncIdCounter;
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount(); else decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      // the host's timer is armed ref'd: only ref'd timers keep it so
      if (refCount === 0) toggleTimerRef(false);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  item[kRefed] = null;
  const list = timerListMap[item._idleTimeout];
  const wasLinked = item._idleNext && item._idleNext !== item;
  listRemove(item);
  if (wasLinked && list !== undefined && listIsEmpty(list)) {
    if (list.heapIndex >= 0 && heap[list.heapIndex] === list) heapRemoveAt(list.heapIndex);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

function runNextTicks() {
  if (!hasTickScheduled()) runMicrotasks();
  if (!hasTickScheduled()) return;
  processTicksAndRejections();
}

// Called by the host when the wakeup is due. Returns the next expiry in
// loop ms (negative when nothing ref'd is waiting), or 0 when none.
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = heap[0]) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

// The next expiry as processTimers reports it, read after the timers
// phase's last ticks and microtasks ran: a timer armed by those is due at
// its own time, not at the one computed before they ran.
function nextTimerExpiry() {
  const list = heap[0];
  if (list === undefined) return 0;
  nextExpiry = list.expiry;
  return refCount > 0 ? nextExpiry : -nextExpiry;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) != null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(list.heapIndex);
      heapUp(list.heapIndex);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    listRemove(timer);
    // cleared by those ticks (clearTimeout unenrolled it already)
    if (!timer._onTimeout) continue;
    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      const args = timer._timerArgs;
      if (timer[kContext] !== undefined) asyncContext.runIn(timer[kContext], timer._onTimeout, timer, args || []);
      else if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } catch (err) {
      onUncaught(err);
    }
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, start);
    } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      if (timer[kRefed]) decRefCount();
    }
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    if (heap[list.heapIndex] === list) heapRemoveAt(list.heapIndex);
  }
}

// ---- immediates ----

const immediateQueue = { head: null, tail: null };
// runningQueue holds the immediates of the turn being run (taken from
// immediateQueue when the check phase starts): those with an async id up
// to runningMaxId, so clearImmediate unlinks an immediate from the right
// queue.
let runningQueue = { head: null, tail: null };
let runningMaxId = 0;
let immediateCount = 0;
let immediateRefCount = 0;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    setContext(this);
    this[kRefed] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
    this.ref();
    immediateCount++;
    const q = immediateQueue;
    if (q.head === null) q.head = this; else { q.tail._idleNext = this; this._idlePrev = q.tail; }
    q.tail = this;
    updateImmediates();
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) updateImmediates();
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) updateImmediates();
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }
}

function updateImmediates() { toggleImmediateRef(immediateCount > 0, immediateRefCount > 0); }

function removeImmediate(q, item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  if (item === q.head) q.head = item._idleNext;
  if (item === q.tail) q.tail = item._idlePrev;
  item._idleNext = null;
  item._idlePrev = null;
}

function processImmediate() {
  // Immediates queued while running go to the next turn.
  const q = runningQueue = { head: immediateQueue.head, tail: immediateQueue.tail };
  immediateQueue.head = immediateQueue.tail = null;
  runningMaxId = asyncIdCounter;
  let ranAtLeastOneImmediate = false;
  let immediate;
  while (q.head !== null) {
    // the ticks between two immediates may clear the next ones: the head
    // is read after them
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    if ((immediate = q.head) === null) break;
    q.head = immediate._idleNext;
    if (q.head !== null) q.head._idlePrev = null;
    immediate._idleNext = null;
    if (immediate._destroyed) continue;
    immediate._destroyed = true;
    immediateCount--;
    if (immediate[kRefed]) immediateRefCount--;
    immediate[kRefed] = null;
    try {
      const argv = immediate._argv;
      if (immediate[kContext] !== undefined) asyncContext.runIn(immediate[kContext], immediate._onImmediate, immediate, argv || []);
      else if (argv === undefined) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } catch (err) {
      onUncaught(err);
    }
  }
  updateImmediates();
  runNextTicks();
}

function clearImmediateItem(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateCount--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateRefCount === 0) {
    // updateImmediates below
  }
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  removeImmediate(immediate[asyncIdSymbol] <= runningMaxId ? runningQueue : immediateQueue, immediate);
  updateImmediates();
}

// ---- public functions (timers module and globals) ----

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

// The timer functions take their extra arguments as rest parameters (an
// arguments object costs more in this engine); their lengths are Node's.
function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  const timeout = new Timeout(callback, after, args.length === 0 ? undefined : args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// setUnrefTimeout is the internal timer Node's own modules use for work
// that must not keep the process alive: a setTimeout that starts unref'd.
function setUnrefTimeout(callback, after) {
  validateCallback(callback);
  const timeout = new Timeout(callback, after, undefined, false, false);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById[timer];
    if (t !== undefined) {
      t._idleTimeout = t._idleTimeout;
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  const timeout = new Timeout(callback, repeat, args.length === 0 ? undefined : args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  if (timer && timer._idleTimeout !== undefined && timer._onTimeout) {
    clearTimeout(timer);
    return;
  }
  clearTimeout(timer);
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length === 0 ? undefined : args);
}

for (const [fn, length] of [[setTimeout, 5], [setInterval, 5], [setImmediate, 4]]) {
  Object.defineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
}

function clearImmediate(immediate) {
  clearImmediateItem(immediate);
}

// util.promisify(setTimeout) and util.promisify(setImmediate) give the
// timers/promises versions.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    get() { return require('timers/promises')[name]; },
    enumerable: false,
    configurable: true,
  });
}

// activeCounts is how many ref'd timeouts and immediates keep the loop
// alive (process.getActiveResourcesInfo).
function activeCounts() { return [refCount, immediateRefCount]; }

// getTimerDuration validates a socket or request timeout: a non-negative
// finite number, truncated (with a TimeoutOverflowWarning) to TIMEOUT_MAX.
function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// kTimeout keys a socket's idle timer (net, http), as Node's does.
const kTimeout = Symbol('timeout');

module.exports = {
  kTimeout,
  activeCounts,
  getTimerDuration,
  Timeout,
  Immediate,
  TIMEOUT_MAX,
  kRefed,
  insert,
  active,
  unrefActive,
  unenroll,
  processTimers,
  nextTimerExpiry,
  processImmediate,
  setUncaughtHandler,
  setTimeout,
  setUnrefTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
};
