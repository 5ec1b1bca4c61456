#!/usr/bin/env node
// The `periodic` command. Runs the TypeScript sources directly through tsx, so it works straight
// after `npm ci` with no build step. Importing 'tsx' registers its loader for both require() and
// the dynamic import() the app uses to load each solver.
'use strict';

import('tsx')
  .then(() => require('../src/cli/main.ts').main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`periodic: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
