const { show, err, rel } = require('./_h');
show('badmain', () => require('badmain'));
show('resolve badmain', () => require.resolve('badmain'));
try {
  require('badmain2');
} catch (e) {
  err('badmain2', e);
  console.log('path', rel(e.path), 'requestPath', e.requestPath, 'requireStack', e.requireStack && e.requireStack.map(rel));
}
