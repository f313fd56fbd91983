// statSync 100,000 times.
const fs = require('fs');
let n = 0;
for (let i = 0; i < 100000; i++) n += fs.statSync(__filename).size > 0 ? 1 : 0;
if (n !== 100000) throw new Error('bad');
