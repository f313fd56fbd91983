'use strict';

// EventTarget, Event, CustomEvent and NodeEventTarget, following the DOM
// standard as Node implements it (no propagation path: a target is alone).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_EVENT_RECURSION,
    ERR_MISSING_ARGS,
    ERR_INVALID_THIS,
  },
  genericNodeError,
} = require('internal/errors');
const {
  validateObject,
  validateString,
  validateInternalField,
  kValidateObjectAllowNullable,
} = require('internal/validators');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kRemoveWeakListenerHelper = Symbol('nodejs.internal.removeWeakListenerHelper');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let EventEmitter;
function lazyEvents() {
  if (EventEmitter === undefined) EventEmitter = require('events');
  return EventEmitter;
}

function lazyInspect(inspect) {
  return typeof inspect === 'function' ? inspect : require('util').inspect;
}

const startTime = Date.now();
function now() {
  const perf = globalThis.performance;
  if (perf && typeof perf.now === 'function') return perf.now();
  return Date.now() - startTime;
}

let isStopped;
const kEmptyObject = Object.freeze({ __proto__: null });

function isEvent(value) {
  return value !== null && typeof value === 'object' && value[kType] !== undefined &&
    Object.prototype.hasOwnProperty.call(value, kType);
}

function isEventTarget(obj) {
  return obj !== null && obj !== undefined &&
    (typeof obj === 'object' || typeof obj === 'function') &&
    Object.prototype.hasOwnProperty.call(obj, kEvents);
}

function customInspect(self, obj, depth, options, inspect) {
  const name = self.constructor && self.constructor.name !== undefined ?
    self.constructor.name : 'Object';
  if (depth < 0) return name;
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${name} ${lazyInspect(inspect)(obj, opts)}`;
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;
  #isTrusted = false;
  #stop = false;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', kValidateObjectAllowNullable);
    this.#cancelable = !!(options && options.cancelable);
    this.#bubbles = !!(options && options.bubbles);
    this.#composed = !!(options && options.composed);
    this.#isTrusted = !!(options && options[kTrustEvent]);
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#cancelable in self)) {
      throw new ERR_INVALID_THIS('Event');
    }
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    Event.#check(this);
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, depth, options, inspect);
  }

  stopImmediatePropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
    this.#stop = true;
  }

  static {
    isStopped = (event) => event.#stop;
  }

  preventDefault() {
    Event.#check(this);
    if (this.#cancelable) this.#defaultPrevented = true;
  }

  get target() {
    Event.#check(this);
    return this[kTarget];
  }

  get currentTarget() {
    Event.#check(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    Event.#check(this);
    return this[kTarget];
  }

  get type() {
    Event.#check(this);
    return this[kType];
  }

  get cancelable() {
    Event.#check(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    Event.#check(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    Event.#check(this);
    return this.#timestamp;
  }

  composedPath() {
    Event.#check(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    Event.#check(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    Event.#check(this);
    return this.#bubbles;
  }

  get composed() {
    Event.#check(this);
    return this.#composed;
  }

  get eventPhase() {
    Event.#check(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    Event.#check(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    Event.#check(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    Event.#check(this);
    return this.#isTrusted;
  }

  static NONE = 0;
  static CAPTURING_PHASE = 1;
  static AT_TARGET = 2;
  static BUBBLING_PHASE = 3;
}

for (const key of ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE']) {
  Object.defineProperty(Event, key, {
    __proto__: null, value: Event[key], writable: false, enumerable: true, configurable: false,
  });
}
for (const key of ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp',
  'composedPath', 'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble',
  'stopPropagation', 'isTrusted']) {
  const desc = Object.getOwnPropertyDescriptor(Event.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(Event.prototype, key, desc);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event',
});

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = (options && options.detail) ?? null;
  }

  get detail() {
    if (this === null || typeof this !== 'object' || !Object.prototype.hasOwnProperty.call(this, kDetail)) {
      throw new ERR_INVALID_THIS('CustomEvent');
    }
    return this[kDetail];
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', {
  ...Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail'), enumerable: true,
});
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
});

// One registered listener, an element of a doubly linked list whose head is
// the per-type root. Removal during dispatch is safe: dispatch follows `next`.
class Listener {
  constructor(eventTarget, eventType, previous, listener, once, capture, passive,
              isNodeStyleListener, weak, resistStopPropagation) {
    this.eventTarget = eventTarget;
    this.eventType = eventType;
    this.next = undefined;
    this.previous = previous;
    if (previous !== undefined) previous.next = this;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.removed = false;
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      this.callback = null;
    }
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxListeners()] = lazyEvents().defaultMaxListeners;
  self[kMaxListenersWarned()] = false;
  self[kHandlers] = new Map();
}

function kMaxListeners() { return lazyEvents().kMaxEventTargetListeners; }
function kMaxListenersWarned() { return lazyEvents().kMaxEventTargetListenersWarned; }

function emitWarning(warning) {
  if (typeof process !== 'undefined' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(warning);
  }
}

function emitUncaughtException(err) {
  if (typeof process !== 'undefined' && process && typeof process.nextTick === 'function') {
    process.nextTick(() => { throw err; });
  } else {
    queueMicrotask(() => { throw err; });
  }
}

function validateEventListener(listener) {
  if (typeof listener === 'function' ||
      (listener !== null && typeof listener === 'object' && typeof listener.handleEvent === 'function')) {
    return true;
  }
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent looked up at dispatch time
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false };
  if (options == null) return { capture: false, once: false, passive: false };
  validateObject(options, 'options', kValidateObjectAllowNullable);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const kMax = kMaxListeners();
    const kWarned = kMaxListenersWarned();
    if (this[kMax] > 0 && size > this[kMax] && !this[kWarned]) {
      this[kWarned] = true;
      const name = this.constructor && this.constructor.name ? this.constructor.name : 'EventTarget';
      const w = genericNodeError(
        `Possible EventTarget memory leak detected. ${size} ${String(type)} listeners ` +
        `added to ${name}. MaxListeners is ${this[kMax]}. Use ` +
        'events.setMaxListeners() to increase limit',
        { name: 'MaxListenersExceededWarning', target: this, type, count: size });
      emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    const {
      once, capture, passive, signal, isNodeStyleListener, weak, resistStopPropagation,
    } = validateEventListenerOptions(options);

    if (!validateEventListener(listener)) {
      const w = genericNodeError(
        `addEventListener called with ${listener} which has no effect.`,
        { name: 'AddEventListenerArgumentTypeWarning', target: this, type });
      emitWarning(w);
      return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;

    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(this, type, root, listener, once, capture, passive,
                   isNodeStyleListener, weak, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // duplicate

    new Listener(this, type, previous, listener, once, capture, passive,
                 isNodeStyleListener, weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = typeof type === 'symbol' ? type : `${type}`;
    const capture = options != null && typeof options === 'object' ?
      Boolean(options.capture) : Boolean(options);

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    const capture = false;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler.listener === listener && handler.capture === capture) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let handler = root.next;
    let next;

    const iterationCondition = () => {
      if (handler === undefined) return false;
      return root.resistStopPropagation || handler.resistStopPropagation ||
        (event === undefined || !isStopped(event));
    };

    while (iterationCondition()) {
      next = handler.next;
      if (handler.removed ||
          (event !== undefined && isStopped(event) && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        const { listener, capture } = handler;
        this[kRemoveListener](root.size, type, listener, capture);
      }

      try {
        let arg;
        if (handler.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          arg = createEvent();
        }
        const callback = handler.callback;
        let result;
        if (callback) {
          result = callback.call(this, arg);
        } else {
          const listener = handler.listener;
          if (listener !== null && typeof listener === 'object') {
            const handleEvent = listener.handleEvent;
            if (handleEvent !== undefined) result = handleEvent.call(listener, arg);
          }
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      }

      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, {}, depth, options, inspect);
  }
}

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  const desc = Object.getOwnPropertyDescriptor(EventTarget.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(EventTarget.prototype, key, desc);
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
});

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, (err) => emitUncaughtException(err));
  }
}

// NodeEventTarget: an EventTarget with a subset of the EventEmitter API.
// checkNodeTarget is NodeEventTarget's brand check: its methods called on
// anything else throw ERR_INVALID_THIS.
function checkNodeTarget(self) {
  if (self == null || self[kIsNodeEventTarget] !== true) throw new ERR_INVALID_THIS('NodeEventTarget');
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    this[kIsNodeEventTarget] = true;
  }

  setMaxListeners(n) {
    checkNodeTarget(this);
    lazyEvents().setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeTarget(this);
    return this[kMaxListeners()];
  }

  eventNames() {
    checkNodeTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeTarget(this);
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeTarget(this);
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

// Event handler attributes (`onabort`, `onmessage`...).
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  let handlersMap = emitter[kHandlers];
  Object.defineProperty(emitter, `on${name}`, {
    __proto__: null,
    get() {
      handlersMap = this[kHandlers];
      const h = handlersMap && handlersMap.get(name);
      return h ? h.handler : null;
    },
    set(value) {
      if (!this[kHandlers]) this[kHandlers] = new Map();
      handlersMap = this[kHandlers];
      let wrappedHandler = handlersMap.get(name);
      if (wrappedHandler) {
        if (typeof wrappedHandler.handler === 'function') {
          this[kEvents].get(event).size--;
          const size = this[kEvents].get(event).size;
          this[kRemoveListener](size, event, wrappedHandler.handler, false);
        }
        wrappedHandler.handler = value;
        if (typeof wrappedHandler.handler === 'function') {
          this[kEvents].get(event).size++;
          const size = this[kEvents].get(event).size;
          this[kNewListener](size, event, value, false, false, false, false);
        }
      } else {
        wrappedHandler = makeEventHandler(value);
        this.addEventListener(event, wrappedHandler);
      }
      handlersMap.set(name, wrappedHandler);
    },
    configurable: true,
    enumerable: true,
  });
}

// The user-visible listeners of `type` on an EventTarget.
function getEventTargetListeners(target, type) {
  const root = target[kEvents].get(type);
  const listeners = [];
  let handler = root !== undefined ? root.next : undefined;
  while (handler !== undefined) {
    const listener = handler.listener;
    if (typeof listener === 'function' && typeof listener.handler === 'function' &&
        listener.name === 'eventHandler') {
      listeners.push(listener.handler);
    } else if (listener !== undefined) {
      listeners.push(listener);
    }
    handler = handler.next;
  }
  return listeners;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  getEventTargetListeners,
  isEventTarget,
  isEvent,
  kCreateEvent,
  kEvents,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  kIsEventTarget,
  kIsNodeEventTarget,
  kIsNodeStyleListener,
  kHandlers,
  kWeakHandler,
  kResistStopPropagation,
  kRemoveWeakListenerHelper,
  kHybridDispatch,
  kStop,
  kTarget,
  kType,
  kDetail,
  validateInternalField,
};
