'use strict';
// express's "hello world" (the load generator is in bench/http_test.go).
const express = require('express');
const app = express();
app.get('/', (req, res) => res.send('hello world'));
require('./_serve')(require('http').createServer(app));
