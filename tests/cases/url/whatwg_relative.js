'use strict';
const { URL } = require('node:url');
const base = 'http://a/b/c/d;p?q';
const rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g',
  '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
  'http:g', 'http:', '\\\\x\\y', '/\\x', '%2e%2E/x', '.%2e/y', 'HTTPS://Q/'];
for (const r of rels) console.log(JSON.stringify(r), '->', new URL(r, base).href);
for (const [i, b] of [['a', 'sc:opaque'], ['#frag', 'sc:opaque'], ['x', 'data:text'], ['', 'http://a/?q#f'], ['?n', 'file:///C:/x']]) {
  try { console.log(JSON.stringify([i, b]), '->', new URL(i, b).href); } catch (e) { console.log(JSON.stringify([i, b]), e.code, e.message, e.input, e.base); }
}
