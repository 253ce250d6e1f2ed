#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`| head`) closes the pipe: end quietly, with the status a Unix tool killed by
// SIGPIPE has (128 + 13), so a pipeline under `set -o pipefail` still sees that the output was cut.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(141);
  });
}

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
