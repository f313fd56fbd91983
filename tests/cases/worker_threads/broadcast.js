// BroadcastChannel reaches every other channel of its name, across threads.
const { Worker, BroadcastChannel, isMainThread } = require('worker_threads');
if (isMainThread) {
  const bc = new BroadcastChannel('news');
  const got = [];
  bc.onmessage = (e) => {
    got.push(e.data);
    if (got.length === 2) {
      console.log('main got', got.sort()); // the two workers run concurrently
      bc.close();
    }
  };
  new Worker(__filename, { argv: ['1'] });
  new Worker(__filename, { argv: ['2'] }).on('exit', () => {});
} else {
  const bc = new BroadcastChannel('news');
  bc.postMessage(`from worker ${process.argv[2]}`);
  bc.close();
}
