// Every public builtin's exports, walked three levels deep (own values,
// prototypes, static members): no loader internal is reachable.
const seen = new Set();
function walk(v, depth) {
  if (((typeof v !== 'object' || v === null) && typeof v !== 'function') || seen.has(v) || seen.size > 50000) return;
  seen.add(v);
  __spy(v);
  if (depth === 0) return;
  let keys;
  try { keys = Reflect.ownKeys(v); } catch { return; }
  for (const k of keys) {
    const d = Reflect.getOwnPropertyDescriptor(v, k);
    if (d && 'value' in d) walk(d.value, depth - 1);
  }
  try { walk(Object.getPrototypeOf(v), depth - 1); } catch {}
}
for (const id of __builtins) {
  try { walk(require(id), 3); } catch {}
}
walk(process, 3);
walk(globalThis, 2);
walk(module, 3);
walk(require, 2);
__finish();
