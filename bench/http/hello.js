'use strict';
// A "hello world" http server (the load generator is in bench/http_test.go).
const http = require('http');
require('./_serve')(http.createServer((req, res) => { res.end('hello world'); }));
