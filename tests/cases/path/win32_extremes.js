'use strict';
const w = require('node:path').win32;
const list = ['C:', 'C:\\..', 'C:\\\\\\\\a', '\\\\\\a', '\\\\a\\\\b', '\\\\.\\C:\\x\\..', '\\\\?\\', 'a:b:c', 'AUX:', 'nul:x', 'x:\\y:z', 'c:/a/../..', 'C:x/../../..'];
for (const p of list) {
  console.log(JSON.stringify(p), JSON.stringify([w.normalize(p), w.dirname(p), w.basename(p), w.parse(p).root]));
}
