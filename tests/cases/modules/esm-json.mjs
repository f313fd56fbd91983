import data from './fixtures/data.json' with { type: 'json' };
console.log(JSON.stringify(data));
const dyn = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log('same', dyn.default === data, Object.keys(dyn));
const other = await import('./fixtures/only-json.json', { with: { type: 'json' } });
console.log(other.default.kind);
try {
  await import('./fixtures/bad.json', { with: { type: 'json' } });
} catch (e) {
  console.log('bad json', e.name);
}
