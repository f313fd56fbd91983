const { WritableStream, CountQueuingStrategy, ByteLengthQueuingStrategy } = require('node:stream/web');
(async () => {
  const log = [];
  let release;
  const ws = new WritableStream({
    write(chunk) { log.push('sink ' + chunk); return new Promise((r) => { release = r; }); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  await null;
  log.push('ds ' + w.desiredSize);
  w.write(1); log.push('ds ' + w.desiredSize);
  w.write(2); log.push('ds ' + w.desiredSize);
  let readyResolved = false;
  w.ready.then(() => { readyResolved = true; });
  w.write(3); log.push('ds ' + w.desiredSize);
  await new Promise((r) => setTimeout(r, 5));
  log.push('ready? ' + readyResolved);
  release();
  await new Promise((r) => setTimeout(r, 5));
  log.push('ds ' + w.desiredSize + ' ready? ' + readyResolved);
  release();
  await new Promise((r) => setTimeout(r, 5));
  release();
  await new Promise((r) => setTimeout(r, 5));
  log.push('ds ' + w.desiredSize);
  console.log(log.join('\n'));
  const bl = new WritableStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  const bw = bl.getWriter();
  bw.write(new Uint8Array(4));
  console.log('byteLength strategy desiredSize', bw.desiredSize);
})();
