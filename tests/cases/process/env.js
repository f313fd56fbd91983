// process.env is a live view: assignment coerces to string, delete works,
// and keys are enumerable.
process.env.WQ_TEST_A = 42;
console.log(typeof process.env.WQ_TEST_A, process.env.WQ_TEST_A);
process.env.WQ_TEST_B = true;
console.log(process.env.WQ_TEST_B);
process.env.WQ_TEST_C = undefined;
console.log(process.env.WQ_TEST_C, typeof process.env.WQ_TEST_C);
console.log('WQ_TEST_A' in process.env, Object.keys(process.env).includes('WQ_TEST_A'));
delete process.env.WQ_TEST_A;
console.log(process.env.WQ_TEST_A, 'WQ_TEST_A' in process.env);
console.log(process.env.NOPE_NOT_SET);
try { process.env.WQ_SYM = Symbol('x'); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(process.env, 'WQ_GET', { get() { return 1; } }); } catch (e) { console.log(e.code); }
console.log(JSON.stringify({ a: process.env.WQ_TEST_B }));
