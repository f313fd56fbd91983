// Web-platform globals Node 20 provides, and their identities.
const names = ['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal',
  'EventTarget', 'Event', 'CustomEvent', 'DOMException', 'Blob', 'File', 'atob', 'btoa', 'structuredClone',
  'queueMicrotask', 'setTimeout', 'setImmediate', 'performance', 'MessageChannel', 'MessagePort',
  'BroadcastChannel', 'ReadableStream', 'WritableStream', 'TransformStream', 'TextEncoderStream',
  'TextDecoderStream', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'Buffer', 'process', 'global'];
for (const n of names) console.log(n, typeof globalThis[n]);
console.log(URL === require('url').URL, TextEncoder === require('util').TextEncoder);
console.log(Buffer === require('buffer').Buffer, global === globalThis);
console.log(atob(btoa('hello')), btoa('\u00ff'));
try { atob('%%%'); } catch (e) { console.log(e.name, e.code); }
console.log(new TextDecoder().decode(new TextEncoder().encode('héllo')));
const keys = Object.keys(globalThis).filter((k) => !k.startsWith('__'));
console.log(keys.sort().join(','));
const s = AbortSignal.timeout(5);
s.addEventListener('abort', () => console.log('timeout abort', s.reason.name));
const ac = new AbortController();
ac.signal.onabort = () => console.log('aborted', ac.signal.reason);
ac.abort('why');
queueMicrotask(() => console.log('microtask'));
