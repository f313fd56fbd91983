// Error.prepareStackTrace and Error.captureStackTrace replaced: call sites
// of internal frames must not hand out loader functions, receivers or
// module objects; errors are raised from inside builtins and from a getter
// that runs while a builtin loads.
Error.prepareStackTrace = (err, sites) => {
  __spy(err);
  for (const s of sites) {
    for (const m of ['getFunction', 'getThis', 'getTypeName', 'getMethodName', 'getEvalOrigin']) {
      try { if (typeof s[m] === 'function') __spy(s[m]()); } catch {}
    }
  }
  return 'stack';
};
const cst = Error.captureStackTrace;
Error.captureStackTrace = function (obj, fn) { __spy(obj, fn); return __apply(cst, Error, [obj, fn]); };
Object.defineProperty(Object.prototype, 'wqnodeAttackProbe', { get() { __spy(this); new Error('probe').stack; return undefined; }, configurable: true });
Error.stackTraceLimit = Infinity;
__touchEverything();
__finish();
