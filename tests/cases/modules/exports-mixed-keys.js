const { show } = require('./_h');
show('exp-mixed', () => require('exp-mixed'));
show('exp-mixed again', () => require('exp-mixed'));
