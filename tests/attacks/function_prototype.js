// Function.prototype.call/apply/bind replaced: every receiver and argument
// they are handed is recorded, then the loader is exercised.
const origCall = Function.prototype.call;
const origApply = Function.prototype.apply;
const origBind = Function.prototype.bind;
const ra = Reflect.apply;
Function.prototype.call = function call(thisArg, ...args) { __spy(this, thisArg, ...args); return ra(this, thisArg, args); };
Function.prototype.apply = function apply(thisArg, args) { __spy(this, thisArg, ...(args || [])); return ra(this, thisArg, args || []); };
Function.prototype.bind = function bind(thisArg, ...args) { __spy(this, thisArg, ...args); return ra(origBind, this, [thisArg, ...args]); };
__touchEverything();
import('node:fs').then(() => { __touchEverything(); __finish(); }, () => __finish());
