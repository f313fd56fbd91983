for (let i = 0; i < 2; i++) {
  try {
    await import('./fixtures/throws.js');
  } catch (e) {
    console.log(i, e.message);
  }
}
