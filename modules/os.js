'use strict';

// os: operating-system information from the host 'os' binding (uname,
// /proc and the Go standard library).

const binding = internalBinding('os');
const { validateInt32 } = require('internal/validators');

const dlopen = {
  __proto__: null,
  RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
};
const errno = {
  __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33,
  EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72,
  ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105,
  ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67,
  ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95,
  ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32,
  EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29,
  ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11,
  EXDEV: 18,
};
const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6,
  SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11,
  SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16,
  SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23,
  SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29,
  SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const priority = {
  __proto__: null,
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};

const constants = { __proto__: null, UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority };

let lazyErrors;
function errorsModule() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors');
  return lazyErrors;
}

// systemError builds ERR_SYSTEM_ERROR for a failed libuv-style call.
function systemError(negErrno, syscall) {
  const errors = errorsModule();
  const entry = errors.uvErrmapGet(negErrno) || ['UNKNOWN', 'unknown error'];
  const ctx = { errno: negErrno, code: entry[0], message: entry[1], syscall };
  return new errors.codes.ERR_SYSTEM_ERROR(ctx);
}

function withPrimitive(fn) {
  Object.defineProperty(fn, Symbol.toPrimitive, {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: () => fn(),
  });
  return fn;
}

function env(name) {
  const e = typeof process === 'object' && process.env;
  return e ? e[name] : undefined;
}

function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return 'LE'; }
function availableParallelism() { return binding.availableParallelism(); }
function freemem() { return binding.freemem(); }
function totalmem() { return binding.totalmem(); }
function loadavg() { return binding.loadavg(); }
function uptime() { return binding.uptime(); }
const hostname = withPrimitive(function hostname() { return binding.hostname(); });
const release = withPrimitive(function release() { return binding.release; });
const type = withPrimitive(function type() { return binding.sysname; });
const version = withPrimitive(function version() { return binding.version; });
const machine = withPrimitive(function machine() { return binding.machine; });

const homedir = withPrimitive(function homedir() {
  const home = env('HOME');
  if (home) return home;
  const r = binding.userInfo();
  if (typeof r === 'number') throw systemError(r, 'uv_os_homedir');
  return r[3];
});

const tmpdir = withPrimitive(function tmpdir() {
  let p = env('TMPDIR') || env('TMP') || env('TEMP') || '/tmp';
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
});

function cpus() {
  const flat = binding.cpus();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function cidrOf(address, netmask, family) {
  let ones = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = Number(part);
      while (n & 0x80) { ones++; n = (n << 1) & 0xff; }
    }
  } else {
    for (const part of netmask.split(':')) {
      if (part === '') continue;
      let n = parseInt(part, 16);
      while (n & 0x8000) { ones++; n = (n << 1) & 0xffff; }
    }
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const flat = binding.networkInterfaces();
  const out = {};
  for (let i = 0; i < flat.length; i += 7) {
    const name = flat[i];
    const family = flat[i + 3];
    const entry = {
      address: flat[i + 1],
      netmask: flat[i + 2],
      family,
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: cidrOf(flat[i + 1], flat[i + 2], family),
    };
    if (family === 'IPv6') entry.scopeid = flat[i + 6];
    (out[name] ||= []).push(entry);
  }
  return out;
}

function userInfo(options) {
  const r = binding.userInfo();
  if (typeof r === 'number') throw systemError(r, 'uv_os_get_passwd');
  const info = { __proto__: null, uid: r[0], gid: r[1], username: r[2], homedir: r[3], shell: r[4] };
  const encoding = options != null ? options.encoding : undefined;
  if (encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const k of ['username', 'homedir', 'shell']) {
      if (typeof info[k] === 'string') info[k] = Buffer.from(info[k]);
    }
  } else if (encoding !== undefined && encoding !== null && encoding !== 'utf8' && encoding !== 'utf-8') {
    const { Buffer } = require('buffer');
    if (Buffer.isEncoding(encoding)) {
      for (const k of ['username', 'homedir', 'shell']) {
        if (typeof info[k] === 'string') info[k] = Buffer.from(info[k]).toString(encoding);
      }
    }
  }
  return info;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const r = binding.getPriority(pid);
  if (typeof r === 'number') throw systemError(r, 'uv_os_getpriority');
  return r[0];
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const r = binding.setPriority(pid, priority);
  if (r !== 0) throw systemError(r, 'uv_os_setpriority');
}

for (const [fn, name] of [[availableParallelism, 'getAvailableParallelism'], [freemem, 'getFreeMem'],
  [homedir, 'wrappedFn'], [hostname, 'wrappedFn'], [release, 'getOSRelease'], [totalmem, 'getTotalMem'],
  [type, 'getOSType'], [uptime, 'wrappedFn'], [version, 'getOSVersion'], [machine, 'getMachine']]) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
