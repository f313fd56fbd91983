// SHARE_ENV: the parent and the worker see one process.env (a set or a
// delete in either is seen by the other, keys in order); a worker given
// its own env, or none, has a copy; a worker with its own env shares
// that copy with a SHARE_ENV worker of its own.
const { Worker, SHARE_ENV, workerData, parentPort, isMainThread } = require('worker_threads');

function keys(prefix) {
  return Object.keys(process.env).filter((k) => k.startsWith(prefix));
}

if (isMainThread) {
  for (const k of Object.keys(process.env)) if (k.startsWith('WQ_')) delete process.env[k];
  process.env.WQ_A = 'a';
  process.env.WQ_DEL = 'gone soon';
  const w = new Worker(__filename, { env: SHARE_ENV, workerData: 'shared' });
  process.env.WQ_AFTER = 1;
  const copy = new Worker(__filename, { workerData: 'copy' });
  w.postMessage('go'); // the worker changes the env only now: the copy above is older
  w.on('message', (m) => {
    if (m === 'ready') {
      console.log('parent sees', process.env.WQ_FROM_WORKER, 'WQ_DEL' in process.env, keys('WQ_'));
      process.env.WQ_LATE = 'late';
      w.postMessage('check');
    } else {
      console.log('worker says', m);
    }
  });
  w.on('exit', (code) => {
    console.log('shared exit', code, process.env.WQ_NESTED, keys('WQ_'));
    copy.postMessage('go');
  });
  copy.on('message', (m) => console.log('copy says', m));
  copy.on('exit', (code) => {
    console.log('copy exit', code, process.env.WQ_COPY);
    const own = new Worker(__filename, { env: { WQ_OWN: 'own' }, workerData: 'own' });
    own.on('message', (m) => console.log('own says', m));
    own.on('exit', (code) => console.log('own exit', code, process.env.WQ_OWN, process.env.WQ_OWN_CHILD));
  });
} else if (workerData === 'shared') {
  parentPort.once('message', shared);
}

function shared() {
  // Reported through messages: a worker's stdout is not ordered with the parent's.
  const seen = ['worker sees', process.env.WQ_A];
  process.env.WQ_FROM_WORKER = 'w';
  delete process.env.WQ_DEL;
  try {
    Object.defineProperty(process.env, 'WQ_BAD', { value: 1 });
  } catch (e) {
    seen.push(e.name, e.code);
  }
  Object.defineProperty(process.env, 'WQ_DEFINED', { value: 2, writable: true, enumerable: true, configurable: true });
  parentPort.postMessage(seen);
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    parentPort.postMessage([process.env.WQ_LATE, process.env.WQ_AFTER, typeof process.env.WQ_DEFINED,
      Object.getOwnPropertyDescriptor(process.env, 'WQ_A'), Object.getOwnPropertyDescriptor(process.env, 'WQ_NONE')]);
    process.env.WQ_NESTED = 'pending';
    parentPort.close();
  });
}

if (workerData === 'copy') {
  process.env.WQ_COPY = 'copy';
  parentPort.once('message', () => {
    parentPort.postMessage([process.env.WQ_A, process.env.WQ_FROM_WORKER, process.env.WQ_LATE]);
    parentPort.close();
  });
} else if (workerData === 'own') {
  const child = new Worker(__filename, { env: SHARE_ENV, workerData: 'own-child' });
  child.on('exit', () => {
    parentPort.postMessage([keys('WQ_').sort(), process.env.WQ_OWN_CHILD]); // a copied env's order is node's hash order
  });
} else if (workerData === 'own-child') {
  process.env.WQ_OWN_CHILD = String(process.env.WQ_OWN === 'own' && process.env.WQ_A === undefined);
}
