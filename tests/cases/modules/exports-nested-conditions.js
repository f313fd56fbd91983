const { show } = require('./_h');
show('nested', () => require('exp-cond/nested'));
show('resolve nested', () => require.resolve('exp-cond/nested'));
show('null-cond', () => require('exp-cond/null-cond'));
import('exp-cond/nested').then((m) => console.log('import nested ->', m.default),
  (e) => console.log('import nested threw', e.code));
import('exp-cond').then((m) => console.log('import exp-cond ->', m.kind, m.default),
  (e) => console.log('import exp-cond threw', e.code));
