const web = require('node:stream/web');
console.log(typeof web.CompressionStream === 'function', typeof web.DecompressionStream === 'function');
