// process._getActiveHandles lists the sockets and servers keeping the loop
// alive (their JS owners), _getActiveRequests the fs requests under way,
// and getActiveResourcesInfo names the requests before the handles.
const fs = require('fs');
const net = require('net');
for (let i = 0; i < 3; i++) fs.stat(__filename, () => {});
console.log(process._getActiveRequests().length,
  process._getActiveRequests().map((r) => r.constructor.name));
console.log(process.getActiveResourcesInfo().filter((n) => n.startsWith('FS')));
setImmediate(() => {
  const server = net.createServer((c) => c.end()).listen(0, () => {
    const client = net.connect(server.address().port, () => {
      const handles = process._getActiveHandles();
      console.log(handles.includes(server), handles.includes(client),
        handles.every((h) => h instanceof net.Socket || h instanceof net.Server));
      client.on('close', () => server.close());
    });
  });
});
