'use strict';
// Atomics.wait with no timeout inside vm.runInThisContext({ timeout }) ends
// with the script timeout, even under a try/catch.
const vm = require("vm");
const a = new Int32Array(new SharedArrayBuffer(8));
globalThis.a = a;
try { vm.runInThisContext('Atomics.wait(a, 0, 0)', { timeout: 50 }); } catch (e) { console.log(e.code, e.message); }
try { vm.runInThisContext('try { Atomics.wait(a, 0, 0) } catch (e) { "caught" }', { timeout: 50 }); } catch (e) { console.log(e.code, e.message); }
console.log('after');
