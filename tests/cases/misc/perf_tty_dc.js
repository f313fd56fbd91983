const { performance, PerformanceObserver } = require('perf_hooks');
console.log(typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin, performance === globalThis.performance);
performance.mark('a');
performance.mark('b', { detail: { x: 1 } });
const m = performance.measure('a-b', 'a', 'b');
console.log(m.name, m.entryType, m.duration >= 0, performance.getEntriesByType('mark').map((e) => e.name));
const obs = new PerformanceObserver((list, o) => { console.log('observed', list.getEntries().map((e) => e.name)); o.disconnect(); });
obs.observe({ entryTypes: ['mark'] });
performance.mark('c');
performance.clearMarks();
console.log(performance.getEntriesByType('mark').length);
try { performance.measure('x', 'nope'); } catch (e) { console.log(e.name); }
console.log(Object.prototype.toString.call(performance));
console.log(require('tty').isatty(99), typeof require('tty').WriteStream);
console.log(require('process') === process, typeof require('constants').O_RDONLY);
const dc = require('diagnostics_channel'); const ch = dc.channel('x'); ch.subscribe((d, n) => console.log('dc', d, n)); console.log(ch.hasSubscribers); ch.publish({ a: 1 });
