'use strict';
const { stubModule } = require('internal/not_implemented');
const EventEmitter = require('events');
module.exports = stubModule('https', {
  functions: ['createServer', 'request', 'get'],
  classes: [['Agent', EventEmitter], ['Server', EventEmitter]],
});
module.exports.globalAgent = Object.create(module.exports.Agent.prototype);
