const { show } = require('./_h');
show('exp-str', () => require('exp-str'));
show('exp-str/other', () => require('exp-str/other'));
show('exp-str/package.json', () => require('exp-str/package.json'));
show('exp-str/main.js', () => require('exp-str/main.js'));
show('resolve exp-str', () => require.resolve('exp-str'));
