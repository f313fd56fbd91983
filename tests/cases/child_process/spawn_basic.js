'use strict';
const { spawn, ChildProcess } = require('node:child_process');
const EventEmitter = require('node:events');

const child = spawn('echo', ['hello', 'world']);
console.log('instance', child instanceof ChildProcess, child instanceof EventEmitter);
console.log('pid type', typeof child.pid, child.pid > 0);
console.log('spawnfile', child.spawnfile, 'spawnargs', child.spawnargs);
console.log('connected', child.connected, 'killed', child.killed);
console.log('exitCode', child.exitCode, 'signalCode', child.signalCode);
console.log('stdio', child.stdio.length, child.stdio[0] === child.stdin,
            child.stdio[1] === child.stdout, child.stdio[2] === child.stderr);
console.log('stdin writable', child.stdin.writable, 'stdout readable', child.stdout.readable);
let out = '';
const events = [];
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.on('spawn', () => events.push('spawn'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  console.log('events', events);
  console.log('out', JSON.stringify(out));
  console.log('after exitCode', child.exitCode, 'signalCode', child.signalCode);
});
