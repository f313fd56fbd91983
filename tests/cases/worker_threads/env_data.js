// env, execArgv, environment data and resourceLimits inside a worker.
const wt = require('worker_threads');
if (wt.isMainThread) {
  wt.setEnvironmentData('shared', { k: 1 });
  process.env.FROM_PARENT = 'yes';
  const w = new wt.Worker(__filename, { env: { ONLY: 'this' }, execArgv: ['--no-warnings'], name: 'w1',
    resourceLimits: { stackSizeMb: 4 } });
  console.log('limits', w.resourceLimits.stackSizeMb);
  w.on('exit', (c) => {
    console.log('exit', c, w.resourceLimits);
    const w2 = new wt.Worker('console.log(process.env.FROM_PARENT)', { eval: true });
  });
  try { new wt.Worker('x.js'); } catch (e) { console.log(e.code); }
  try { new wt.Worker(__filename, { execArgv: ['--title=x'] }); } catch (e) { console.log(e.code); }
} else {
  console.log(wt.getEnvironmentData('shared'), process.env.ONLY, process.env.FROM_PARENT, process.execArgv,
    wt.resourceLimits.stackSizeMb);
  try { process.chdir('/'); } catch (e) { console.log(e.code); }
}
