console.log('cjs main in type module', typeof require, require.main === module);
console.log(require('./_legacy.cjs').legacy);
import('./_helper.js').then((m) => console.log(m.helper));
console.log(require.resolve('#helper').endsWith('/typemod/_helper.js'), require.resolve('typemod').endsWith('/typemod/_helper.js'));
