#!/usr/bin/env node
// npx career-widgets validate FILE…  — exit 0 when every profile is valid, 1 otherwise, 2 for a
// wrong call. `career-widgets --help` lists the commands (bin/cli/main.js holds the table).
import { main, reportUnexpected } from './cli/main.js';

// What escapes main's own guard (an error event, such as EPIPE when the reader of standard output
// has gone): one escaped line and exit 1 too, not Node's stack trace.
process.on('uncaughtException', (error) => process.exit(reportUnexpected(error)));
process.on('unhandledRejection', (error) => process.exit(reportUnexpected(error)));

process.exitCode = await main(process.argv.slice(2));
