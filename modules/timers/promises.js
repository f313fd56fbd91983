'use strict';

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');

function lazyErrors() { return require('internal/errors'); }

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal.reason });
}

function validateOptions(options) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = lazyErrors();
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

function setTimeout(after, value, options = {}) {
  try {
    if (typeof after !== 'undefined') {
      const { validateNumber } = require('internal/validators');
      validateNumber(after, 'delay');
    }
    var { signal, ref } = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      oncancel = () => { clearTimeout(timeout); reject(abortError(signal)); };
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  return oncancel !== undefined ?
    ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

function setImmediate(value, options = {}) {
  try {
    var { signal, ref } = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = () => { clearImmediate(immediate); reject(abortError(signal)); };
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  return oncancel !== undefined ?
    ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) { callback(); callback = undefined; }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearTimeout(interval);
        if (callback) { callback(Promise.reject(abortError(signal))); callback = undefined; }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
