'use strict';
// ChildProcess: a spawned process driven by the 'process_wrap' binding, its
// stdio streams, and the synchronous spawn used by spawnSync & co.

const EventEmitter = require('events');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_SYNC_FORK_INPUT,
  },
} = require('internal/errors');
const { validateObject, validateOneOf, validateString, validateArray } = require('internal/validators');
const { convertToValidSignal } = require('internal/util');

let binding;
function getBinding() {
  if (binding === undefined) binding = internalBinding('process_wrap');
  return binding;
}

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;

let signalNames;
function signalName(num) {
  if (!num) return null;
  if (signalNames === undefined) {
    signalNames = { __proto__: null };
    const table = require('os').constants.signals;
    for (const k of Object.keys(table)) {
      if (signalNames[table[k]] === undefined) signalNames[table[k]] = k;
    }
  }
  return signalNames[num] || null;
}

// Normalizes options.stdio to [{type, fd?}] (fd for 'fd' entries) and
// reports whether an 'ipc' entry was asked for.
// getValidStdio(stdio, sync) -> { stdio, ipc, ipcFd }: ipc is true and ipcFd
// its index when one entry is 'ipc' (Node's ipc is the channel's handle).
// As Node's, a short array is padded in place to three entries.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  while (stdio.length < 3) stdio.push(undefined);
  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      out.push({ type: 'pipe' });
    } else if (s === 'ipc') {
      if (sync || ipc) {
        const { codes } = require('internal/errors');
        throw sync ? new codes.ERR_IPC_SYNC_FORK() : new codes.ERR_IPC_ONE_PIPE();
      }
      ipc = true;
      ipcFd = i;
      out.push({ type: 'ipc', ipc: true });
    } else if (s === 'inherit') {
      out.push({ type: 'fd', fd: i });
    } else if (typeof s === 'number' || (s !== null && typeof s === 'object' && typeof s.fd === 'number')) {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (s !== null && typeof s === 'object' && s._childProcess !== undefined && s._childFd !== undefined) {
      // Another child's pipe: this child gets the same pipe.
      out.push({ type: 'child', source: s });
    } else if (s !== null && typeof s === 'object' && s._handle && typeof s._handle.fd === 'number') {
      out.push({ type: 'fd', fd: s._handle.fd });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('util').inspect(s));
      out.push({ type: 'pipe', input: s });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: out, ipc, ipcFd };
}

let Readable, Writable, Duplex;
function loadStreams() {
  if (Readable === undefined) ({ Readable, Writable, Duplex } = require('stream'));
}

// A stdio pipe as a stream. Readable ends (fd 1, 2 and extra pipes) are fed
// by the binding's 'data'/'end' events; writable ends write through it.
function createPipeStream(child, fd, readable, writable) {
  loadStreams();
  const B = getBinding();
  const Base = readable && writable ? Duplex : readable ? Readable : Writable;
  const stream = new Base({
    read() {
      // Read again once the user wants it after another child had it.
      if (stream._pipePaused) {
        stream._pipePaused = false;
        if (child._id !== undefined) B.pausePipe(child._id, fd, false);
      }
    },
    write(chunk, encoding, cb) {
      if (child._id === undefined) {
        cb(ErrnoException(-32, 'write'));
        return;
      }
      B.write(child._id, fd, chunk, (err) => {
        if (err) cb(ErrnoException(err, 'write'));
        else cb();
      });
    },
    final(cb) {
      stream._closeFd();
      cb();
    },
    destroy(err, cb) {
      stream._closeFd();
      cb(err);
    },
    allowHalfOpen: false,
  });
  let closed = false;
  stream._closeFd = function() {
    if (closed) return;
    closed = true;
    if (child._id !== undefined) B.closeFd(child._id, fd);
  };
  stream._childFd = fd;
  stream._childProcess = child;
  stream.ref = function() {
    if (child._id !== undefined) B.refPipe(child._id, fd, true);
    return this;
  };
  stream.unref = function() {
    if (child._id !== undefined) B.refPipe(child._id, fd, false);
    return this;
  };
  if (!readable) {
    // A write-only socket in Node: not readable.
    Object.defineProperty(stream, 'readable', { value: false, writable: true, configurable: true });
  }
  return stream;
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || !stream._readableState) continue;
    if (stream._readableState.readableListening || stream._readableState.flowing) continue;
    stream.resume();
  }
}

// stdioSpec is how the binding is told of one stdio entry.
function stdioSpec(s) {
  if (s.type === 'fd') return { type: 'fd', fd: s.fd };
  if (s.type === 'child') {
    const id = s.source._childProcess._id;
    return { type: 'child', child: id === undefined ? -1 : id, fd: s.source._childFd };
  }
  return { type: s.type };
}

// argStrings is the argument vector as the child gets it: each argument
// converted to a string, as Node's binding does (so numbers are fine).
function argStrings(args) {
  if (args === undefined) return [];
  const out = new Array(args.length);
  for (let i = 0; i < args.length; i++) out[i] = `${args[i]}`;
  return out;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this._id = undefined;
    this._ref = true;
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
    validateOneOf(options.serialization, 'options.serialization', ['json', 'advanced', undefined]);
    const serialization = options.serialization || 'json';
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    if (ipc) {
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) this.spawnargs = [];
    else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }
    const B = getBinding();
    const spec = {
      file: options.file,
      args: argStrings(options.args),
      cwd: options.cwd || '',
      envPairs: options.envPairs,
      stdio: stdio.map(stdioSpec),
      detached: !!options.detached,
    };
    if (options.argv0 !== undefined && spec.args.length > 0) {
      spec.args = spec.args.slice();
      spec.args[0] = options.argv0;
    }
    if (options.uid !== undefined) spec.uid = options.uid;
    if (options.gid !== undefined) spec.gid = options.gid;
    const r = B.spawn(JSON.stringify(spec), (kind, a, b) => this._onEvent(kind, a, b));
    let err = 0;
    let channel;
    if (typeof r === 'number') {
      err = r;
    } else {
      this._id = r[0];
      this.pid = r[1];
      this._handle = { pid: r[1] };
      channel = r[2];
    }
    if (err) {
      if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
          err === UV_ENFILE || err === UV_ENOENT) {
        process.nextTick(() => this._onExit(err, 0));
      } else {
        throw ErrnoException(err, 'spawn');
      }
    } else {
      process.nextTick(() => this.emit('spawn'));
      // A pipe the parent read is this child's now: the parent stops
      // reading it until the user reads it again.
      for (const s of stdio) {
        const src = s.source;
        if (s.type !== 'child' || !src.readable || !src._readableState) continue;
        if (src._childProcess._id !== undefined) B.pausePipe(src._childProcess._id, src._childFd, true);
        src._pipePaused = true;
        src.pause();
        src._readableState.reading = false;
        src._readableState.flowing = false;
      }
    }

    this.stdio = [];
    for (let i = 0; i < stdio.length; i++) {
      let stream = null;
      if (stdio[i].type === 'pipe') {
        const readable = i !== 0;
        const writable = i === 0 || i > 2;
        stream = createPipeStream(this, i, readable, writable);
        if (readable) {
          this._closesNeeded++;
          stream.on('close', () => maybeClose(this));
          if (err) stream.push(null);
        }
      }
      this.stdio.push(stream);
    }
    this.stdin = stdio.length >= 1 && this.stdio[0] != null ? this.stdio[0] : null;
    this.stdout = stdio.length >= 2 && this.stdio[1] != null ? this.stdio[1] : null;
    this.stderr = stdio.length >= 3 && this.stdio[2] != null ? this.stdio[2] : null;
    if (channel !== undefined) {
      // 'close' waits for the channel's 'disconnect' as for the pipes.
      const { Pipe, PipeConstants } = require('internal/net_handles');
      const { setupChannel } = require('internal/child_process/ipc');
      this._closesNeeded++;
      this.once('disconnect', () => maybeClose(this));
      setupChannel(this, new Pipe(PipeConstants.IPC, channel), serialization,
                   stdio.findIndex((s) => s.ipc));
    }
    return err;
  }

  _onEvent(kind, a, b) {
    switch (kind) {
      case 'data': {
        const s = this.stdio[a];
        if (s && !s.destroyed) s.push(b);
        break;
      }
      case 'end': {
        const s = this.stdio[a];
        if (s && !s.destroyed) s.push(null);
        break;
      }
      case 'readerror': {
        const s = this.stdio[a];
        if (s && !s.destroyed) s.destroy(ErrnoException(b, 'read'));
        break;
      }
      case 'exit':
        this._onExit(a, b);
        break;
    }
  }

  _onExit(exitCode, signum) {
    const signal = signalName(signum);
    if (signal) this.signalCode = signal;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = ErrnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle && this._id !== undefined) {
      const err = getBinding().kill(this._id, signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already gone: the exit event is on its way.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw ErrnoException(err, 'kill');
      } else {
        this.emit('error', ErrnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle && this._id !== undefined) getBinding().ref(this._id, true);
  }

  unref() {
    if (this._handle && this._id !== undefined) getBinding().ref(this._id, false);
  }
}

// spawnSync(options): runs options.file to completion. options carries
// file, args, cwd, envPairs, stdio, input, timeout, killSignal, maxBuffer,
// encoding; the result is Node's { status, signal, output, pid, stdout,
// stderr[, error] }.
function spawnSync(options) {
  const { Buffer } = require('buffer');
  const { stdio } = getValidStdio(options.stdio || 'pipe', true);
  let input;
  if (options.input != null) {
    stdio[0] = { type: 'pipe', input: options.input };
  }
  for (let i = 0; i < stdio.length; i++) {
    const s = stdio[i];
    if (s.input === undefined) continue;
    const v = s.input;
    if (!ArrayBuffer.isView(v) && typeof v !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`,
                                     ['Buffer', 'TypedArray', 'DataView', 'string'], v);
    }
    if (i === 0) {
      if (typeof v === 'string') {
        const enc = options.encoding && options.encoding !== 'buffer' &&
          Buffer.isEncoding(options.encoding) ? options.encoding : 'utf8';
        input = Buffer.from(v, enc);
      } else {
        input = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      }
    }
  }
  const spec = {
    file: options.file,
    args: argStrings(options.args),
    cwd: options.cwd || '',
    envPairs: options.envPairs || [],
    stdio: stdio.map(stdioSpec),
    detached: !!options.detached,
    timeout: options.timeout || 0,
    killSignal: options.killSignal === undefined ? 15 : options.killSignal,
    maxBuffer: options.maxBuffer === Infinity ? 0 : (options.maxBuffer || 0),
  };
  if (options.argv0 !== undefined && spec.args.length > 0) {
    spec.args = spec.args.slice();
    spec.args[0] = options.argv0;
  }
  if (options.uid !== undefined) spec.uid = options.uid;
  if (options.gid !== undefined) spec.gid = options.gid;
  const r = getBinding().spawnSync(JSON.stringify(spec), input);
  const result = {};
  if (r.error) {
    const err = ErrnoException(r.error, 'spawnSync ' + options.file);
    err.path = options.file;
    err.spawnargs = (options.args || []).slice(1);
    result.error = err;
  }
  if (r.output === undefined) {
    result.status = null;
    result.signal = null;
    result.output = null;
    result.pid = 0;
    result.stdout = null;
    result.stderr = null;
    return result;
  }
  result.status = r.status;
  result.signal = signalName(r.signal);
  let output = r.output;
  if (options.encoding && options.encoding !== 'buffer') {
    output = output.map((b) => (b == null ? b : b.toString(options.encoding)));
  }
  result.output = output;
  result.pid = r.pid;
  result.stdout = output[1];
  result.stderr = output[2];
  return result;
}

module.exports = { ChildProcess, getValidStdio, spawnSync, signalName };
