'use strict';
// Builtins keep working when a program replaces the built-ins they use:
// util.inspect with Object.keys and friends throwing, errors and their
// stacks with Array.prototype methods replaced, modules loading with
// Function.prototype.call and Reflect.apply replaced.
const util = require('util');
const saved = { keys: Object.keys, names: Object.getOwnPropertyNames, push: Array.prototype.push,
  join: Array.prototype.join, call: Function.prototype.call, apply: Reflect.apply };
const out = [];
Object.keys = () => { throw new Error('Object.keys'); };
Object.getOwnPropertyNames = () => { throw new Error('Object.getOwnPropertyNames'); };
out[out.length] = util.inspect({ a: 1, b: [1, 2, { c: new Map([[1, 2]]) }] });
out[out.length] = util.inspect(new Set([1, 'x']));
Object.keys = saved.keys;
Object.getOwnPropertyNames = saved.names;
Array.prototype.push = function () { throw new Error('push'); };
Array.prototype.join = function () { throw new Error('join'); };
let e;
try { require('fs').readFileSync({}); } catch (err) { e = err; }
Array.prototype.push = saved.push;
Array.prototype.join = saved.join;
out.push(e.constructor.name + ' ' + e.code + ' ' + e.stack.split('\n')[0]);
Function.prototype.call = function () { throw new Error('call'); };
Reflect.apply = function () { throw new Error('Reflect.apply'); };
let r;
try { r = typeof require('node:querystring').stringify; } catch (err) { r = err.message; }
Function.prototype.call = saved.call;
Reflect.apply = saved.apply;
out.push(r);
for (const line of out) console.log(line);
