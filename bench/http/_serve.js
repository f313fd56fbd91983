'use strict';
// serve listens on 127.0.0.1 (port 0), prints the port on stdout for the
// Go load generator, and exits when stdin closes.
module.exports = function serve(server) {
  server.keepAliveTimeout = 60000;
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
};
