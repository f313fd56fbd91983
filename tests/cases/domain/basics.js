// domain: run/enter/exit, emitters joining the active domain, 'error'
// without listeners routed to the domain, intercept and bind, uncaught
// exceptions from timers and fs callbacks scheduled in a domain, and
// process.domain's values around them.
console.log('before load', process.domain, Object.getOwnPropertyDescriptor(process, 'domain').enumerable);
const domain = require('domain');
const EventEmitter = require('events');
const fs = require('fs');
console.log('after load', process.domain, domain.active);

const d = domain.create();
d.on('error', (e) => {
  console.log('caught', e.message, Object.keys(e), process.domain === undefined, domain._stack.length, e.domain === d);
  next();
});
d.run(() => {
  console.log('in run', process.domain === d, domain._stack.length);
  const e = new EventEmitter();
  console.log('emitter joined', e.domain === d, Object.keys(e));
  setTimeout(() => {
    console.log('timer in d', process.domain === d);
    throw new Error('from timer');
  }, 1);
});
console.log('after run', process.domain);

function next() {
  setTimeout(() => {
    console.log('later timer', process.domain);
    const d2 = domain.create();
    d2.on('error', (e) => console.log('d2', e.message, e.domainEmitter !== undefined, e.domainThrown));
    const em = new EventEmitter();
    d2.add(em);
    em.emit('error', new Error('emitted'));
    em.emit('error');
    em.emit('error', 42);
    const f = d2.intercept((a, b) => console.log('intercepted', a, b, process.domain === d2));
    f(null, 1, 2);
    f(new Error('intercepted error'));
    const b = d2.bind(function() { console.log('bound', process.domain === d2, this.x); });
    b.call({ x: 5 });
    console.log('bound.domain', b.domain === d2);
    d2.run(() => fs.stat(__filename, () => {
      console.log('fs callback in d2', process.domain === d2);
      throw new Error('from fs');
    }));
    d2.remove(em);
    console.log('removed', em.domain, d2.members.length);
  }, 5);
}
