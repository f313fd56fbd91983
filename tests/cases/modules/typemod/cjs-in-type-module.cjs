console.log('cjs main in type module', typeof require, require.main === module);
console.log(require('./_legacy.cjs').legacy);
import('./_helper.js').then((m) => console.log(m.helper));
try {
  require('./_helper.js');
} catch (e) {
  console.log(e.code, e.message.split(process.cwd()).join('.').split('\n')[0]);
}
