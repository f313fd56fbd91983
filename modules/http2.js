'use strict';
// http2: the constants and default settings are Node's; sessions and
// servers are not implemented yet and throw
// ERR_NOT_IMPLEMENTED naming themselves.
const { stubModule } = require('internal/not_implemented');
const constants = require('internal/http2/constants');
const { getPackedSettings, getUnpackedSettings } = require('internal/http2/settings');

function getDefaultSettings() {
  return {
    __proto__: null,
    headerTableSize: constants.DEFAULT_SETTINGS_HEADER_TABLE_SIZE,
    enablePush: constants.DEFAULT_SETTINGS_ENABLE_PUSH === 1,
    initialWindowSize: constants.DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE,
    maxFrameSize: constants.DEFAULT_SETTINGS_MAX_FRAME_SIZE,
    maxConcurrentStreams: constants.DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS,
    maxHeaderSize: constants.DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE,
    maxHeaderListSize: constants.DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE,
    enableConnectProtocol: constants.DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL === 1,
  };
}

const stub = stubModule('http2', {
  functions: ['createServer', 'createSecureServer', 'connect',
    'performServerHandshake'],
  classes: ['Http2ServerRequest', 'Http2ServerResponse'],
});

module.exports = {
  connect: stub.connect,
  constants,
  createServer: stub.createServer,
  createSecureServer: stub.createSecureServer,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake: stub.performServerHandshake,
  sensitiveHeaders: Symbol('sensitiveHeaders'),
  Http2ServerRequest: stub.Http2ServerRequest,
  Http2ServerResponse: stub.Http2ServerResponse,
};
