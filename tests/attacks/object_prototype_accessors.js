// A recording getter and setter on Object.prototype for every identifier
// the loader and bootstrap sources use and every binding function name
// (__names, from the Go test): a builtin that reads a property its object
// lacks, or assigns a new one, hands the object (and value) to the program.
// The setter then defines the property, so programs keep working.
for (const name of __names) {
  if (name in Object.prototype) continue;
  try {
    Object.defineProperty(Object.prototype, name, {
      get() { __spy(this); return undefined; },
      set(v) {
        __spy(this, v);
        Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
      },
      configurable: true,
    });
  } catch {}
}
__touchEverything();
import('node:fs').then(() => __finish(), () => __finish());
