'use strict';
const util = require('node:util');

function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message.slice(0, 120));
  }
}
const opts = { validateStream: false };
show('red', () => util.styleText('red', 'hi', opts));
show('bold', () => util.styleText('bold', 'hi', opts));
show('array', () => util.styleText(['underline', 'bgBlue'], 'hi', opts));
show('array always colors', () => util.styleText(['italic'], 'x'));
show('empty array', () => util.styleText([], 'x'));
show('every format', () => Object.keys(util.inspect.colors).map((f) => util.styleText(f, '.', opts)).join(''));
show('bad format', () => util.styleText('nope', 'x'));
show('bad format in array', () => util.styleText(['red', 'nope'], 'x'));
show('bad format type', () => util.styleText(5, 'x'));
show('bad text', () => util.styleText('red', 5));
show('bad validateStream', () => util.styleText('red', 'x', { validateStream: 'yes' }));
show('bad stream', () => util.styleText('red', 'x', { stream: {} }));
const fakeTTY = { isTTY: true, write() {}, on() {}, getColorDepth() { return 8; } };
const fakeMono = { isTTY: true, write() {}, on() {}, getColorDepth() { return 1; } };
const notTTY = { isTTY: false, write() {}, on() {} };
if (process.env.FORCE_COLOR === undefined && process.env.NO_COLOR === undefined) {
  show('tty stream', () => util.styleText('green', 'x', { stream: fakeTTY }));
  show('mono stream', () => util.styleText('green', 'x', { stream: fakeMono }));
  show('non tty stream', () => util.styleText('green', 'x', { stream: notTTY }));
}
console.log('length', util.styleText.length);
