'use strict';
// worker_threads: this is the main thread; message channels work within
// it. Worker threads themselves are not implemented yet.

const io = require('internal/worker/io');
const { stubClass, stubFunction } = require('internal/not_implemented');
const EventEmitter = require('events');

const environmentData = new Map();

module.exports = {
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: stubClass('worker_threads.Worker', EventEmitter),
  MessageChannel: io.MessageChannel,
  MessagePort: io.MessagePort,
  BroadcastChannel: io.BroadcastChannel,
  receiveMessageOnPort: io.receiveMessageOnPort,
  markAsUntransferable() {},
  isMarkedAsUntransferable() { return false; },
  markAsUncloneable() {},
  moveMessagePortToContext: stubFunction('worker_threads.moveMessagePortToContext'),
  getEnvironmentData(key) { return environmentData.get(key); },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
};
