// Writes 20 MiB of numbered lines to stdout, then exits through
// process.exit(): nothing written before the exit may be lost.
const line = 'x'.repeat(1000);
for (let i = 0; i < 20 * 1024; i++) process.stdout.write(`${i} ${line}\n`);
process.exit(0);
