'use strict';
// Large bodies through pipe(): GET /download?bytes=N pipes a generated
// stream into the response; POST /upload pipes the request into a counting
// sink and answers with the count.
const http = require('http');
const { Readable, Writable } = require('stream');
const chunk = Buffer.alloc(64 << 10, 'x');
require('./_serve')(http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/download') {
    let left = Number(url.searchParams.get('bytes'));
    res.writeHead(200, { 'content-length': left });
    new Readable({
      read() {
        const n = Math.min(left, chunk.length);
        left -= n;
        this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
        if (left === 0) this.push(null);
      },
    }).pipe(res);
  } else {
    let got = 0;
    req.pipe(new Writable({
      write(c, enc, cb) { got += c.length; cb(); },
      final(cb) { res.end(String(got)); cb(); },
    }));
  }
}));
