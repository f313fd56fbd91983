globalThis.preloaded = (globalThis.preloaded || 0) + 1;
console.log('preload ran');
