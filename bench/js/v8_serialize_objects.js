// v8.serialize and v8.deserialize of 2,000 small records, 10 times.
const v8 = require('v8');
const records = [];
for (let i = 0; i < 2000; i++) records.push({ id: i, name: `item${i}`, tags: ['a', 'b'], price: i * 1.5, ok: i % 2 === 0 });
for (let i = 0; i < 10; i++) {
  const back = v8.deserialize(v8.serialize(records));
  if (back.length !== records.length) throw new Error('lost records');
}
