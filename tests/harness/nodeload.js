'use strict';
// Loads wqnode's own builtin modules (modules/*.js) under real Node, so that
// pure-JavaScript modules can be developed and compared against Node's
// builtins side by side: `node tests/harness/nodeload.js util` or
//   const { load } = require('./tests/harness/nodeload'); load('util').inspect(...)
// Builtins wqnode does not have yet fall back to Node's own.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..', 'modules');
const cache = new Map();

// --- internalBinding shim (emulates wqnode's Go bindings under node) ---
// 'types' maps to node's util.types; 'util' reads V8 internals through a
// synchronous inspector session (promise state, proxy target/handler,
// iterator and weak-collection entries).
let inspectorSession;
function inspectorPost(method, params) {
  if (inspectorSession === undefined) {
    const inspector = require('inspector');
    inspectorSession = new inspector.Session();
    inspectorSession.connect();
  }
  let res, err;
  inspectorSession.post(method, params, (e, r) => { err = e; res = r; });
  if (err) throw err;
  return res;
}
function remoteValue(ro) {
  if (ro === undefined) return undefined;
  if (ro.objectId !== undefined) {
    inspectorPost('Runtime.callFunctionOn', {
      objectId: ro.objectId,
      functionDeclaration: 'function () { "use strict"; globalThis.__nodeload_out = this; }',
    });
    const v = globalThis.__nodeload_out;
    delete globalThis.__nodeload_out;
    return v;
  }
  if (ro.unserializableValue !== undefined) {
    const u = ro.unserializableValue;
    if (u.endsWith('n')) return BigInt(u.slice(0, -1));
    return Number(u);
  }
  if (ro.type === 'undefined') return undefined;
  return ro.value;
}
function internalSlots(v) {
  globalThis.__nodeload_in = v;
  let result;
  try {
    ({ result } = inspectorPost('Runtime.evaluate', { expression: 'globalThis.__nodeload_in' }));
  } finally {
    delete globalThis.__nodeload_in;
  }
  const props = inspectorPost('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
  const out = {};
  for (const p of props.internalProperties || []) out[p.name] = p.value;
  return out;
}
const shimBindings = {
  types() {
    return { ...require('util').types };
  },
  util() {
    const types = require('util').types;
    return {
      getPromiseDetails(promise) {
        if (!types.isPromise(promise)) return undefined;
        const slots = internalSlots(promise);
        const state = { pending: 0, fulfilled: 1, rejected: 2 }[slots['[[PromiseState]]'].value];
        return state === 0 ? [0, undefined] : [state, remoteValue(slots['[[PromiseResult]]'])];
      },
      getProxyDetails(proxy, fetchDetails = true) {
        if (!types.isProxy(proxy)) return undefined;
        const slots = internalSlots(proxy);
        const target = remoteValue(slots['[[Target]]']);
        if (!fetchDetails) return target;
        return [target, remoteValue(slots['[[Handler]]'])];
      },
      previewEntries(obj, isIterator) {
        const isIter = types.isMapIterator(obj) || types.isSetIterator(obj);
        if (!isIter && !types.isWeakMap(obj) && !types.isWeakSet(obj) &&
            !types.isMap(obj) && !types.isSet(obj)) return undefined;
        const slots = internalSlots(obj);
        const raw = Array.from(remoteValue(slots['[[Entries]]']) || []);
        const kind = slots['[[IteratorKind]]'] && slots['[[IteratorKind]]'].value;
        const keyValue = types.isWeakMap(obj) || types.isMap(obj) || kind === 'entries';
        const entries = [];
        for (const e of raw) {
          if (keyValue) entries.push('key' in e ? e.key : e.value, e.value);
          else entries.push(e.value);
        }
        if (isIterator) return [entries, keyValue];
        return entries;
      },
    };
  },
  // 'buffer': the Go binding's contract (host/binding_buffer.go) over
  // node's own Buffer.
  buffer() {
    const nb = (u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
    const enc = { utf8: 'utf8', latin1: 'latin1', ascii: 'latin1', ucs2: 'utf16le', hex: 'hex',
      base64: 'base64', base64url: 'base64url' };
    const b = {
      byteLengthUtf8: (str) => Buffer.byteLength(str, 'utf8'),
      indexOf: (hay, needle, off, dir) => (dir ? nb(hay).indexOf(nb(needle), off) : nb(hay).lastIndexOf(nb(needle), off)),
      indexOfUcs2: (hay, needle, off, dir) => {
        const h = nb(hay);
        const n = nb(needle);
        for (let i = off; dir ? i <= h.length - n.length : i >= 0; i += dir ? 2 : -2) {
          if (i % 2 === 0 && h.subarray(i, i + n.length).equals(n)) return i;
        }
        return -1;
      },
      compare: (a, c) => Buffer.compare(nb(a), nb(c)),
      isUtf8: (u, s, e) => require('buffer').isUtf8(u.subarray(s, e)),
      isAscii: (u, s, e) => require('buffer').isAscii(u.subarray(s, e)),
    };
    for (const [name, e] of Object.entries(enc)) {
      b[`${name}Write`] = (u, str, off, max) => nb(u).write(str, off, max, e);
      b[`${name}Slice`] = (u, s, end) => (name === 'ascii' ?
        nb(u).toString('ascii', s, end) : nb(u).toString(e, s, end));
    }
    return b;
  },
};
const bindingCache = new Map();
function internalBinding(name) {
  if (bindingCache.has(name)) return bindingCache.get(name);
  if (!Object.prototype.hasOwnProperty.call(shimBindings, name)) {
    throw new Error(`internalBinding('${name}') is not available under node`);
  }
  const b = shimBindings[name]();
  bindingCache.set(name, b);
  return b;
}
// --- end internalBinding shim ---

// primordials as the runtime's loader builds them (internal/primordials).
let primordialsTable;
function primordials() {
  if (primordialsTable === undefined) {
    primordialsTable = new Function(fs.readFileSync(path.join(root, 'internal/primordials.js'), 'utf8'))();
  }
  return primordialsTable;
}

function load(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(root, id + '.js');
  if (!fs.existsSync(file)) {
    if (id.startsWith('internal/')) throw new Error(`no builtin ${id}`);
    return require(id);
  }
  const module = { exports: {}, id };
  cache.set(id, module);
  const src = fs.readFileSync(file, 'utf8');
  const fn = new Function('exports', 'require', 'module', 'internalBinding', 'primordials', src);
  fn.call(module.exports, module.exports, load, module, internalBinding, primordials());
  return module.exports;
}

module.exports = { load };

if (require.main === module) {
  const m = load(process.argv[2]);
  console.log(Object.keys(m));
}
