'use strict';
// domain (deprecated in Node, still used): a Domain collects the errors of
// the work started inside it. The active domain travels with the
// asynchronous context (internal/async_context), so timers, ticks,
// immediates and binding callbacks scheduled in a domain run in it;
// emitters created in it belong to it. An exception nobody caught goes to
// the domain it was thrown in, through the uncaught-exception path.

const EventEmitter = require('events');
const ctx = require('internal/async_context');
const execution = require('internal/process/execution');
const {
  codes: { ERR_DOMAIN_CALLBACK_NOT_AVAILABLE, ERR_UNHANDLED_ERROR },
} = require('internal/errors');

if (process.hasUncaughtExceptionCaptureCallback()) {
  throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

// kDomain is the domain's key in a context frame (a Map, as
// AsyncLocalStorage's stores are).
const kDomain = Symbol('domain');
const stack = [];
// While a domain's 'error' listener runs no domain is active, and
// process.domain reads undefined (as in Node).
let inErrorHandler = false;

function frameDomain(frame) {
  return frame?.has(kDomain) ? frame.get(kDomain) : null;
}

function activeDomain() {
  if (inErrorHandler) return undefined;
  return frameDomain(ctx.get());
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this._frames = [];
  }

  enter() {
    ctx.enable();
    const prev = ctx.get();
    this._frames.push(prev);
    const next = new Map(prev);
    next.set(kDomain, this);
    ctx.set(next);
    stack.push(this);
  }

  // exit leaves this domain and every domain entered after it.
  exit() {
    const i = stack.lastIndexOf(this);
    if (i === -1) return;
    while (stack.length > i + 1) stack.pop()._leave();
    stack.pop();
    this._leave();
  }

  // _leave restores the context from before enter; once a domain was
  // left, "no domain" reads undefined rather than null, as in Node.
  _leave() {
    if (this._frames.length === 0) return;
    let prev = this._frames.pop();
    if (!prev?.has(kDomain)) {
      prev = new Map(prev);
      prev.set(kDomain, undefined);
    }
    ctx.set(prev);
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    // a member domain's parent is this one, as in Node
    if (this.domain && ee instanceof Domain) {
      for (let d = this.domain; d; d = d.domain) if (ee === d) return;
    }
    Object.defineProperty(ee, 'domain', { configurable: true, enumerable: false, value: this, writable: true });
    this.members.push(ee);
  }

  remove(ee) {
    ee.domain = null;
    const i = this.members.indexOf(ee);
    if (i !== -1) this.members.splice(i, 1);
  }

  run(fn, ...args) {
    // no try/finally: an exception leaves the domain entered, so the
    // uncaught path still sees it (as Node's run does)
    this.enter();
    const ret = Reflect.apply(fn, this, args);
    this.exit();
    return ret;
  }

  bind(cb) {
    const self = this;
    function runBound(...args) {
      self.enter();
      const ret = Reflect.apply(cb, this, args);
      self.exit();
      return ret;
    }
    runBound.domain = this;
    return runBound;
  }

  intercept(cb) {
    const self = this;
    function runIntercepted(...args) {
      if (args.length > 0 && args[0] instanceof Error) {
        const er = args[0];
        er.domainBound = cb;
        er.domainThrown = false;
        Object.defineProperty(er, 'domain', { configurable: true, enumerable: false, value: self, writable: true });
        self.emit('error', er);
        return undefined;
      }
      self.enter();
      const ret = Reflect.apply(cb, this, args.slice(1));
      self.exit();
      return ret;
    }
    runIntercepted.domain = this;
    return runIntercepted;
  }

  // _errorHandler gives er to this domain's 'error' listeners; false when
  // it has none.
  _errorHandler(er) {
    if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
      Object.defineProperty(er, 'domain', { configurable: true, enumerable: false, value: this, writable: true });
      er.domainThrown = true;
    }
    // An uncaught exception ends the tick: no domain stays entered, and
    // the context is the one from before the first enter (process.domain
    // reads null again in the next callback, as in Node).
    while (stack.length > 0) {
      const d = stack.pop();
      if (d._frames.length > 0) ctx.set(d._frames.pop());
    }
    if (this.listenerCount('error') === 0) return false;
    inErrorHandler = true;
    try {
      this.emit('error', er);
    } finally {
      inErrorHandler = false;
    }
    return true;
  }
}

Object.defineProperty(process, 'domain', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: activeDomain,
  set(d) {
    ctx.enable();
    const next = new Map(ctx.get());
    next.set(kDomain, d);
    ctx.set(next);
  },
});

execution.setDomainHandler((er) => {
  const d = frameDomain(ctx.thrownIn(er));
  return d != null && d._errorHandler(er);
});

// Emitters join the domain active when they are made, and their events run
// in it; an 'error' nobody listens for goes to the domain.
EventEmitter.usingDomains = true;
const init = EventEmitter.init;
EventEmitter.init = function(opts) {
  Object.defineProperty(this, 'domain', { configurable: true, enumerable: false, value: null, writable: true });
  const d = activeDomain();
  if (d && !(this instanceof Domain)) this.domain = d;
  return Reflect.apply(init, this, [opts]);
};

const emit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function(type, ...args) {
  const d = this.domain;
  if (d === null || d === undefined || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(emit, this, [type, ...args]);
  }
  if (type === 'error') {
    const er = args.length > 0 && args[0] ? args[0] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      Object.defineProperty(er, 'domain', { configurable: true, enumerable: false, value: d, writable: true });
      er.domainThrown = false;
    }
    d.emit('error', er);
    return false;
  }
  d.enter();
  const ret = Reflect.apply(emit, this, [type, ...args]);
  d.exit();
  return ret;
};

function create() {
  return new Domain();
}

module.exports = {
  Domain,
  create,
  createDomain: create,
  get active() { return activeDomain(); },
  _stack: stack,
};
