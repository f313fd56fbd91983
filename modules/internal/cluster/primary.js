'use strict';
// cluster in the primary: fork, workers, settings, and the listening
// handles workers ask for (queryServer).

const EventEmitter = require('events');
const path = require('path');
const { fork } = require('child_process');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');
const { RoundRobinHandle, SharedHandle } = require('internal/cluster/handles');

const cluster = new EventEmitter();
const intercom = new EventEmitter();
const SCHED_NONE = 1;
const SCHED_RR = 2;

const handles = new Map();
cluster.isWorker = false;
cluster.isMaster = true; // deprecated alias
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

const schedulingPolicyEnv = {
  __proto__: null,
  'none': SCHED_NONE,
  'rr': SCHED_RR,
}[process.env.NODE_CLUSTER_SCHED_POLICY];
cluster.schedulingPolicy = schedulingPolicyEnv !== undefined ? schedulingPolicyEnv : SCHED_RR;

let ids = 0;
let initialized = false;
let schedulingPolicy;

cluster.setupPrimary = function(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized === true) return process.nextTick(setupSettingsNT, settings);
  initialized = true;
  schedulingPolicy = cluster.schedulingPolicy;
  if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
    throw new Error(`Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
  }
  process.nextTick(setupSettingsNT, settings);
  process.on('internalMessage', (message) => {
    if (message.cmd !== 'NODE_DEBUG_ENABLED') return;
    for (const worker of Object.values(cluster.workers)) {
      if (worker.state === 'online' || worker.state === 'listening') {
        process._debugProcess(worker.process.pid);
      } else {
        worker.once('online', function() { process._debugProcess(this.process.pid); });
      }
    }
  });
};
cluster.setupMaster = cluster.setupPrimary; // deprecated alias

function setupSettingsNT(settings) {
  cluster.emit('setup', settings);
}

function createWorkerProcess(id, env) {
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  const execArgv = [...cluster.settings.execArgv];
  return fork(cluster.settings.exec, cluster.settings.args, {
    cwd: cluster.settings.cwd,
    env: workerEnv,
    serialization: cluster.settings.serialization,
    silent: cluster.settings.silent,
    windowsHide: cluster.settings.windowsHide,
    execArgv,
    stdio: cluster.settings.stdio,
    gid: cluster.settings.gid,
    uid: cluster.settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) {
    intercom.emit('disconnect');
  }
}

function removeHandlesForWorker(worker) {
  handles.forEach((handle, key) => {
    if (handle.remove(worker)) handles.delete(key);
  });
}

cluster.fork = function(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const workerProcess = createWorkerProcess(id, env);
  const worker = new Worker({ id, process: workerProcess });

  worker.on('message', function(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // A worker that exits without disconnecting is forgotten now; else
    // 'disconnect' did it.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(emitForkNT, worker);
  cluster.workers[worker.id] = worker;
  return worker;
};

function emitForkNT(worker) {
  cluster.emit('fork', worker);
}

cluster.disconnect = function(cb) {
  const workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const worker of Object.values(cluster.workers)) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

const methodMessageMapping = {
  close,
  exitedAfterDisconnect,
  listening,
  online,
  queryServer,
};

function onmessage(message, handle) {
  const worker = this;
  const fn = methodMessageMapping[message.act];
  if (typeof fn === 'function') fn(worker, message);
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
  // Stop processing if worker already disconnecting
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:` +
              `${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // Find shortest path for unix sockets because of the ~100 byte limit
    if (message.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
      address = path.relative(process.cwd(), address);
      if (message.address.length < address.length) address = message.address;
    }
    // UDP is exempt from round-robin connection balancing for what should
    // be obvious reasons: it's connectionless.
    let Ctor = RoundRobinHandle;
    if (schedulingPolicy !== SCHED_RR ||
        message.addressType === 'udp4' || message.addressType === 'udp6') {
      Ctor = SharedHandle;
    }
    handle = new Ctor(key, address, message);
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, (errno, reply, h) => {
    const { data } = handles.get(key);
    if (errno) handles.delete(key);
    send(worker, { errno, key, ack: message.seq, data, ...reply }, h);
  });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// Server in worker is closing, remove from list. The handle may have been
// removed by a prior call to removeHandlesForWorker() so guard against that.
function close(worker, message) {
  const key = message.key;
  const handle = handles.get(key);
  if (handle && handle.remove(worker)) handles.delete(key);
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

// Extend generic Worker with methods specific to the primary process.
Worker.prototype.disconnect = function() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function(signo) {
  const proc = this.process;
  const signal = signo || 'SIGTERM';
  // Node 20 signals the worker at once: its channel closing is a
  // disconnect it did not ask for (exitedAfterDisconnect stays false)
  proc.kill(signal);
};

module.exports = cluster;
