// An async function whose await rejects rejects its own promise: that
// rejection is unhandled even though the awaited one was handled.
process.on('unhandledRejection', (r, p) => console.log('unhandled', r.message, p instanceof Promise));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
(async () => { await Promise.reject(new TypeError('awaited')); })();
(async () => { const e = new Error('same'); try { await Promise.reject(e); } catch { throw e; } })();
(async () => { await null; throw new RangeError('after await'); })();
const p = Promise.reject(new Error('caught later'));
setTimeout(() => p.catch(() => console.log('caught')), 10);
Promise.reject(new Error('chained')).then(() => {});
(async () => { try { await Promise.reject(new Error('handled')); } catch (e) { console.log('caught', e.message); } })();
