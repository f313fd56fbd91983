const { fmt } = require('./_h');
console.log('this', fmt(require('./fixtures/this-test')));
const r = require('./fixtures/replace-exports');
console.log('replaced', typeof r, r(), r.extra, r.lost, r.alsoLost);
console.log('reassign', fmt(require('./fixtures/exports-reassign')));
console.log('top this === exports', this === exports, this === module.exports);
exports.x = 1;
console.log('own exports', JSON.stringify(module.exports));
console.log('empty module', JSON.stringify(require('./fixtures/empty')));
