'use strict';
const { URL } = require('node:url');
const list = ['mailto:a@b.c', 'data:text/plain,hi there', 'javascript:alert(1)', 'urn:isbn:0451450523', 'sc:', 'sc:/', 'sc://', 'sc:///',
  'sc:/.//p', 'web+demo:/.//not-a-host/', 'non-spec:/a/../b', 'sc://h:1/p', 'blob:https://a.com/uuid', 'blob:file:///x', 'blob:null/x',
  'data:a #x', 'a:\t b', 'sc://@/', 'sc://:1/'];
for (const i of list) {
  try { const u = new URL(i); console.log(JSON.stringify(i), u.href, u.origin, JSON.stringify(u.host), JSON.stringify(u.pathname)); } catch (e) { console.log(JSON.stringify(i), e.code); }
}
const u = new URL('data:a  #x');
u.hash = '';
console.log(JSON.stringify(u.href));
