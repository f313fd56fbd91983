'use strict';
const util = require('node:util');
console.log(['日本語', 'abc', '한국어', 'x', 'ｗｉｄｅ', 'é', 'e\u0301', 'Ωμέγα', '😀', '👍🏽', '🇯🇵']);
console.log(Array.from({ length: 12 }, (_, i) => '漢'.repeat(i % 4 + 1)));
console.log(Array.from({ length: 9 }, (_, i) => ['a', '字', '😀'][i % 3].repeat(i + 1)));
console.log(util.inspect(['日本', 'ab', 'c', 'd', 'e', 'f', 'g'], { colors: true }));
console.log({ '日本': ['一', '二', '三', '四', '五', '六', '七', '八'] });
console.table([{ name: '漢字', note: 'wide' }, { name: 'ascii', note: '😀 emoji' }, { name: 'e\u0301', note: '\u200bzero' }]);
console.table([{ '列': 'ｗｉｄｅ', k: '\u3099' }]);
