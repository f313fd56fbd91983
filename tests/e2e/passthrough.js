const { Transform } = require('stream');
process.stdin.pipe(new Transform({ transform(chunk, enc, cb) { cb(null, chunk); } })).pipe(process.stdout);
