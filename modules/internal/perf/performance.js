'use strict';
// The performance object (User Timing and the parts of perf_hooks that do
// not need engine instrumentation).

const { getLibuvNow } = internalBinding('timers');
const { hrtime, startTime } = internalBinding('process');

// timeOrigin is the wall clock when the process started, and now() counts
// from there: originNs is hrtime's reading at that moment (this module
// loads on first use, not at start).
const timeOrigin = startTime;
const originNs = hrtime() - (Date.now() - startTime) * 1e6;

function now() {
  return (hrtime() - originNs) / 1e6;
}

const kEntries = [];
const observers = new Set();

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

// A PerformanceNodeEntry is what Node's own subsystems (net, dns) report.
class PerformanceNodeEntry extends PerformanceEntry {}

// hasObserver tells whether any observer wants entries of type, so a
// subsystem times its work only then.
function hasObserver(type) {
  for (const o of observers) if (o._types.has(type)) return true;
  return false;
}

// enqueue reports a subsystem's entry to the observers (it is not kept in
// the performance timeline, as in Node).
function enqueue(name, type, startTime, detail) {
  notify(new PerformanceNodeEntry(name, type, startTime, now() - startTime, detail));
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = {}) {
    const { validateObject } = require('internal/validators');
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    super(`${name}`, 'mark', startTime, 0, options?.detail ?? null);
  }
}

class PerformanceMeasure extends PerformanceEntry {}

function notify(entry) {
  for (const o of observers) o._queue(entry);
}

function findMark(name) {
  for (let i = kEntries.length - 1; i >= 0; i--) {
    if (kEntries[i].entryType === 'mark' && kEntries[i].name === name) return kEntries[i].startTime;
  }
  const err = new (require('internal/abort_controller').DOMException)(
    `The "${name}" performance mark has not been set`, 'SyntaxError');
  throw err;
}

function toTime(v) {
  if (v === undefined) return undefined;
  return typeof v === 'number' ? v : findMark(`${v}`);
}

const performance = {
  now,
  timeOrigin,
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    kEntries.push(m);
    notify(m);
    return m;
  },
  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = toTime(startOrOptions.start);
      end = toTime(startOrOptions.end);
      if (startOrOptions.duration !== undefined) {
        if (start === undefined) start = end - startOrOptions.duration;
        else end = start + startOrOptions.duration;
      }
      detail = startOrOptions.detail ?? null;
    } else {
      start = toTime(startOrOptions);
      end = toTime(endMark);
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = now();
    const m = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    kEntries.push(m);
    notify(m);
    return m;
  },
  clearMarks(name) { clear('mark', name); },
  clearMeasures(name) { clear('measure', name); },
  clearResourceTimings() {},
  getEntries() { return kEntries.slice(); },
  getEntriesByName(name, type) {
    return kEntries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  },
  getEntriesByType(type) { return kEntries.filter((e) => e.entryType === type); },
  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; },
  timerify(fn) { return fn; },
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  },
  get nodeTiming() {
    return { name: 'node', entryType: 'node', startTime: 0, duration: now(), nodeStart: 0, v8Start: 0,
      environment: 0, bootstrapComplete: 0, loopStart: 0, loopExit: -1, idleTime: 0 };
  },
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });
void getLibuvNow;

function clear(type, name) {
  for (let i = kEntries.length - 1; i >= 0; i--) {
    if (kEntries[i].entryType === type && (name === undefined || kEntries[i].name === name)) kEntries.splice(i, 1);
  }
}

class PerformanceObserverEntryList {
  constructor(entries) { this._entries = entries; }
  getEntries() { return this._entries.slice(); }
  getEntriesByType(type) { return this._entries.filter((e) => e.entryType === type); }
  getEntriesByName(name, type) {
    return this._entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }
}

class PerformanceObserver {
  constructor(callback) {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
    this._callback = callback;
    this._types = new Set();
    this._buffer = [];
    this._scheduled = false;
  }

  static get supportedEntryTypes() { return ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']; }

  observe(options = {}) {
    const types = options.entryTypes ?? (options.type ? [options.type] : []);
    for (const t of types) this._types.add(t);
    observers.add(this);
  }

  disconnect() { observers.delete(this); }

  takeRecords() {
    const b = this._buffer;
    this._buffer = [];
    return b;
  }

  _queue(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._buffer.push(entry);
    if (!this._scheduled) {
      this._scheduled = true;
      setImmediate(() => {
        this._scheduled = false;
        const list = new PerformanceObserverEntryList(this.takeRecords());
        this._callback(list, this);
      });
    }
  }
}

module.exports = {
  now,
  hasObserver,
  enqueue,
  performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
};
