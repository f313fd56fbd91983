// Every Reflect function replaced by a recording wrapper.
for (const k of Reflect.ownKeys(Reflect)) {
  const orig = Reflect[k];
  if (typeof orig !== 'function') continue;
  Reflect[k] = function (...args) { __spy(...args); return __apply(orig, Reflect, args); };
}
__touchEverything();
__finish();
