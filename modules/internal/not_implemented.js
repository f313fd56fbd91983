'use strict';
// Builds modules whose APIs wqnode does not implement yet: requiring them
// works (libraries often require them at load), and using them throws
// ERR_NOT_IMPLEMENTED naming the API.

function notImplemented(api) {
  const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
  return new ERR_NOT_IMPLEMENTED(api);
}

// stubFunction throws when called.
function stubFunction(api) {
  const name = api.slice(api.lastIndexOf('.') + 1);
  return { [name]() { throw notImplemented(api); } }[name];
}

// stubClass can be extended and its prototype read, but not constructed.
function stubClass(api, Base) {
  const name = api.slice(api.lastIndexOf('.') + 1);
  const C = Base ?
    { [name]: class extends Base { constructor() { throw notImplemented(api); } } }[name] :
    { [name]: class { constructor() { throw notImplemented(api); } } }[name];
  return C;
}

// stubModule(name, { functions: [...], classes: [...], values: {...} }).
function stubModule(name, { functions = [], classes = [], values = {} }) {
  const m = {};
  for (const c of classes) {
    const [cname, Base] = Array.isArray(c) ? c : [c];
    m[cname] = stubClass(`${name}.${cname}`, Base);
  }
  for (const f of functions) m[f] = stubFunction(`${name}.${f}`);
  Object.assign(m, values);
  return m;
}

module.exports = { notImplemented, stubFunction, stubClass, stubModule };
