const { results } = await import('./fixtures/imp/use.mjs');
for (const r of results) console.log(r);
