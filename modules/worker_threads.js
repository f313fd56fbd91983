'use strict';
// worker_threads: Worker threads (internal/worker), message channels
// within and across threads (internal/worker/io).

const io = require('internal/worker/io');
const worker = require('internal/worker');
const serialize = require('internal/worker/serialize');
const { stubFunction } = require('internal/not_implemented');

module.exports = {
  isMainThread: worker.isMainThread,
  parentPort: worker.parentPort,
  resourceLimits: worker.resourceLimits,
  threadId: worker.threadId,
  workerData: worker.workerData,
  SHARE_ENV: worker.SHARE_ENV,
  Worker: worker.Worker,
  MessageChannel: io.MessageChannel,
  MessagePort: io.MessagePort,
  BroadcastChannel: io.BroadcastChannel,
  receiveMessageOnPort: io.receiveMessageOnPort,
  markAsUntransferable: serialize.markAsUntransferable,
  isMarkedAsUntransferable: serialize.isMarkedAsUntransferable,
  markAsUncloneable: stubFunction('worker_threads.markAsUncloneable'),
  moveMessagePortToContext: stubFunction('worker_threads.moveMessagePortToContext'),
  getEnvironmentData: worker.getEnvironmentData,
  setEnvironmentData: worker.setEnvironmentData,
};
