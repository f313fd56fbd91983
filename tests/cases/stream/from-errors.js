'use strict';
// Readable.from: iterator errors, null values, return() on destroy.
const { Readable } = require('node:stream');

async function main() {
  function* failing() { yield 1; throw new Error('gen failed'); }
  try {
    for await (const v of Readable.from(failing())) console.log('v', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  const r = Readable.from([1, null, 2]);
  r.on('data', (d) => console.log('data', d));
  await new Promise((resolve) => r.on('error', (e) => { console.log('null value', e.name, e.code, e.message); resolve(); }));

  let finalized = false;
  async function* withFinally() {
    try {
      yield 'a';
      yield 'b';
      yield 'c';
    } finally {
      finalized = true;
    }
  }
  const g = Readable.from(withFinally());
  g.once('data', (d) => {
    console.log('first', d);
    g.destroy();
  });
  await new Promise((resolve) => g.on('close', resolve));
  console.log('generator finalized', finalized);

  const rej = Readable.from([Promise.reject(new Error('rejected value'))]);
  rej.on('error', (e) => console.log('rejected promise', e.message));
  rej.resume();
  await new Promise((resolve) => rej.on('close', resolve));
  console.log('done');
}
main();
