for (let i = 0; i < 2; i++) {
  try {
    await import('./fixtures/esm/throws.mjs');
  } catch (e) {
    console.log(i, e.message);
  }
}
console.log('evaluated', globalThis.__esmThrowRuns, 'time(s)');
