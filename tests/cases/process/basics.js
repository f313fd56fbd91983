// process properties whose shape and values match Node's.
console.log(typeof process.pid, typeof process.ppid, process.pid > 0);
console.log(process.platform, process.arch === require('os').arch());
console.log(process.version.startsWith('v20.'), typeof process.versions.node, process.versions.node === process.version.slice(1));
console.log(process.release.name, process.title, process.argv0);
console.log(Array.isArray(process.argv), process.argv.length, require('path').basename(process.argv[1]));
console.log(Array.isArray(process.execArgv), typeof process.execPath);
console.log(process.cwd() === __dirname);
console.log(typeof process.uptime(), process.uptime() >= 0);
const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), Number.isInteger(t[1]));
const d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0);
console.log(typeof process.hrtime.bigint());
const mu = process.memoryUsage();
console.log(Object.keys(mu).join(), Object.values(mu).every((v) => typeof v === 'number'));
console.log(typeof process.memoryUsage.rss());
const cu = process.cpuUsage();
console.log(Object.keys(cu).join(), cu.user >= 0);
console.log(typeof process.resourceUsage().maxRSS);
console.log(typeof process.umask(), typeof process.getuid(), typeof process.getgid(), Array.isArray(process.getgroups()));
console.log(typeof process.config, typeof process.features, process.features.inspector === false || process.features.inspector === true);
console.log(process.allowedNodeEnvironmentFlags instanceof Set);
console.log(typeof process.emitWarning, typeof process.nextTick, typeof process.exit, typeof process.kill);
console.log(Object.prototype.toString.call(process), process instanceof require('events'));
console.log(typeof process.stdout.write, typeof process.stderr.write, typeof process.stdin.on);
console.log(process.stdout.fd, process.stderr.fd, process.stdin.fd);
try { process.hrtime(1); } catch (e) { console.log(e.code); }
try { process.chdir(42); } catch (e) { console.log(e.code, e.message); }
try { process.chdir('/definitely/not/here'); } catch (e) { console.log(e.code, e.syscall); }
