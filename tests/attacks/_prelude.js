'use strict';
// Prelude of every attack script (tests/loader_attack_test.go): pristine
// tools captured before the attack replaces built-ins, a spy that records
// every value an override is handed, and __finish(), which reports whether
// any recorded value is a piece of the loader: internalBinding, a binding
// object, the builtin loader or its module cache.
const __fs = require('fs');
const __write = __fs.writeSync;
const __apply = Reflect.apply;
const __getOwn = Reflect.getOwnPropertyDescriptor;
const __ownKeys = Reflect.ownKeys;
const __getProto = Reflect.getPrototypeOf;
const __then = Promise.prototype.then;
const __import = (s) => import(s);
const __seen = [];
const __leaks = [];
const __builtins = require('module').builtinModules.slice();
let __seenCount = 0;

function __out(s) { __write(1, s + '\n'); }

// __spy records values an override received.
function __spy(...values) {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
      if (__seenCount < 200000) { __seen[__seenCount++] = v; }
    }
  }
}

const __badNames = ['internalBinding', 'requireBuiltin', 'compileBuiltin', 'setHooks', 'requireModule', 'builtinIds',
  'internalModuleStat', 'BuiltinModule', 'evalScript', 'writeString', 'takeRejections', 'runMicrotasks'];

function __nameOf(f) {
  try { const d = __getOwn(f, 'name'); return d && typeof d.value === 'string' ? d.value : ''; } catch { return ''; }
}

// __sensitive tells whether v is (or directly holds) a loader internal.
function __sensitive(v) {
  if (typeof v === 'function') {
    const n = __nameOf(v);
    for (let i = 0; i < __badNames.length; i++) if (n === __badNames[i]) return 'function ' + n;
  }
  if ((typeof v !== 'object' || v === null) && typeof v !== 'function') return '';
  let keys;
  try { keys = __ownKeys(v); } catch { return ''; }
  for (let i = 0; i < keys.length; i++) {
    for (let j = 0; j < __badNames.length; j++) {
      if (keys[i] === __badNames[j]) return 'object with ' + __badNames[j];
    }
    if (keys[i] === 'filename' || keys[i] === 'id') {
      let d;
      try { d = __getOwn(v, keys[i]); } catch {}
      if (d && typeof d.value === 'string' && (d.value.indexOf('node:internal/') === 0 || d.value.indexOf('internal/') === 0) &&
          __getOwn(v, 'loading') !== undefined) {
        return 'builtin module object ' + d.value;
      }
    }
  }
  return '';
}

function __check(v, where) {
  const why = __sensitive(v);
  if (why) __leaks[__leaks.length] = where + ': ' + why;
  // One level down: a captured object holding a loader internal.
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
    let keys;
    try { keys = __ownKeys(v); } catch { return; }
    for (let i = 0; i < keys.length && i < 200; i++) {
      let d;
      try { d = __getOwn(v, keys[i]); } catch { continue; }
      if (d && 'value' in d) {
        const w = __sensitive(d.value);
        if (w) __leaks[__leaks.length] = where + '.' + String(keys[i]) + ': ' + w;
      }
    }
  }
}

// __useCaptured calls every captured function named internalBinding as an
// attacker would.
function __useCaptured() {
  for (let i = 0; i < __seenCount; i++) {
    const v = __seen[i];
    if (typeof v === 'function' && __nameOf(v) === 'internalBinding') {
      try {
        const mw = v('module_wrap');
        __leaks[__leaks.length] = 'internalBinding callable: ' + typeof mw;
      } catch {}
    }
  }
}

// __touchEverything exercises the loader: every public builtin by require,
// a few by import(), host errors, stack traces.
function __touchEverything() {
  for (let i = 0; i < __builtins.length; i++) {
    const id = __builtins[i];
    try { require(id); } catch {}
    try { require('node:' + id); } catch {}
  }
  try { __fs.readFileSync('/nonexistent/wqnode-attack'); } catch {}
  try { __fs.statSync('/nonexistent/wqnode-attack'); } catch {}
  try { Buffer.alloc(-1); } catch {}
  try { new URL('nope'); } catch {}
  try { require('./nonexistent-wqnode-attack'); } catch {}
  try { JSON.parse('{'); } catch {}
  try { require('util').inspect(process, { depth: 3 }); } catch {}
  try { require('module').createRequire(__filename)('fs'); } catch {}
}

let __finished = false;
function __finish() {
  if (__finished) return;
  __finished = true;
  try { __touchEverything(); } catch {}
  const tries = ['qjs:os', 'qjs:std', 'qjs:bjson', 'os', 'std', 'node:internal/bootstrap/realm', 'internal/bootstrap/realm',
    'node:internal/primordials', 'wqnode:internal'];
  let pending = tries.length;
  const done = () => {
    if (--pending !== 0) return;
    __useCaptured();
    for (let i = 0; i < __seenCount; i++) __check(__seen[i], 'captured[' + i + ']');
    for (let i = 0; i < __leaks.length && i < 20; i++) __out('LEAK ' + __leaks[i]);
    __out('LEAKS ' + __leaks.length);
    __out('SEEN ' + __seenCount);
    __out('DONE');
  };
  for (let i = 0; i < tries.length; i++) {
    const s = tries[i];
    let p;
    try { p = __import(s); } catch { done(); continue; }
    __apply(__then, p, [(ns) => {
      // os/std without a scheme are Node's builtins; only the engine's own
      // modules are a leak.
      if (ns && (__getOwn(ns, 'O_RDONLY') || __getOwn(ns, 'loadFile') || __getOwn(ns, 'BuiltinModule') ||
          __getOwn(ns, 'uncurryThis'))) {
        if (!(s === 'os' && __getOwn(ns, 'cpus'))) __leaks[__leaks.length] = 'import ' + s + ' resolved';
      }
      done();
    }, () => done()]);
  }
}
