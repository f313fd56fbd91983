'use strict';
const url = require('node:url');
for (const x of ['file:///a/b%20c', 'file:///a/%E2%98%83', 'file://localhost/x', new url.URL('file:///tmp/x')]) console.log(url.fileURLToPath(x));
for (const x of ['file:///C:/a/b%20c', 'file://server/share/x', 'file:///c:/']) console.log(url.fileURLToPath(x, { windows: true }));
for (const bad of ['file:///a%2Fb', 'file://h/x', 'http://x/', 5, 'file:///%ff', 'not a url']) {
  try { url.fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of ['file:///C:/a%5Cb', 'file:///a']) {
  try { url.fileURLToPath(bad, { windows: true }); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const p of ['/a/b c', '/a/%/#?/x\n', '/a/', '/\u2603', '/a/b/../c']) console.log(url.pathToFileURL(p).href);
for (const p of ['C:\\a\\b c', 'C:\\a\\', '\\\\server\\share\\x']) console.log(url.pathToFileURL(p, { windows: true }).href);
console.log(url.pathToFileURL('rel/x').href.endsWith('/rel/x'));
try { url.pathToFileURL(5); } catch (e) { console.log(e.name, e.code, e.message); }
