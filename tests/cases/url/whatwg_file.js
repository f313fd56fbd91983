'use strict';
const { URL } = require('node:url');
const list = [['file:///C:/a/b'], ['file:///c|/a/../..'], ['file://localhost/etc/x'], ['file://LOCALHOST/'], ['file://host/share/x'], ['file:c:/x'],
  ['file:/x'], ['file:x'], ['file:'], ['file://'], ['file:///C:/../..'], ['file:..'], ['file:?q'], ['file:#h'], ['/C:/y', 'file:///D:/x'],
  ['..', 'file:///C:/'], ['C|', 'file:///D:/x'], ['//host/y', 'file:///x'], ['x', 'file://h/a/b'], ['file:\\\\h\\s\\p']];
for (const [i, b] of list) {
  try { const u = new URL(i, b); console.log(JSON.stringify([i, b]), u.href, JSON.stringify(u.host), u.pathname, u.origin); } catch (e) { console.log(JSON.stringify([i, b]), e.code); }
}
