// `npm run lint:package`'s attw, summed up (issue 27: a green run printed about 390 lines of tables,
// one block per entry point). Runs `attw` with the arguments given and prints its summary ("No
// problems found") and how many entry points it checked; when attw fails, everything it printed.
//   node scripts/attw-summary.mjs --pack --ignore-rules cjs-resolves-to-esm
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../node_modules/.bin/attw', import.meta.url));
const run = spawnSync(bin, ['--format', 'ascii', '--no-emoji', '--no-color', ...process.argv.slice(2)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error) throw run.error;
const output = `${run.stdout}${run.stderr}`;
// Each entry point's block starts with its name in quotes on a line of its own.
const entrypoints = output.split('\n').filter((line) => /^"[^"]+"$/.test(line)).length;
const summary = output.split(/\n(?="[^"]+"\n)/)[0].trim();

if (run.status !== 0 || entrypoints === 0) {
  process.stdout.write(output);
  console.error(`attw: exit code ${run.status}, ${entrypoints} entry points checked`);
  process.exit(run.status || 1);
}
console.log(`${summary}\n\nattw: ${entrypoints} entry points checked (the tables: npx attw ${process.argv.slice(2).join(' ')})`);
