#!/usr/bin/env node
// npx career-widgets validate FILE…  — exit 0 when every profile is valid, 1 otherwise, 2 for a
// wrong call. `career-widgets --help` lists the commands (bin/cli/main.js holds the table).
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
