'use strict';
// stream/consumers: read a whole stream (Node stream, web stream or async
// iterable) into one value.

async function buffer(stream) {
  const { Buffer } = require('buffer');
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) : chunk));
  }
  return Buffer.concat(chunks);
}

async function arrayBuffer(stream) {
  const b = await buffer(stream);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

async function text(stream) {
  const { TextDecoder } = require('internal/encoding');
  const dec = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    out += typeof chunk === 'string' ? chunk : dec.decode(chunk, { stream: true });
  }
  return out + dec.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

async function blob(stream) {
  const { Blob } = require('buffer');
  return new Blob([await arrayBuffer(stream)]);
}

module.exports = { arrayBuffer, blob, buffer, json, text };
