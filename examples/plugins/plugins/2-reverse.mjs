// A well-behaved ES module plugin with an async export.
export async function transform(s) {
  await new Promise((r) => setTimeout(r, 5));
  return { reversed: [...s].reverse().join(''), at: typeof Date.now() };
}
