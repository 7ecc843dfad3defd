/**
 * Given to node with --import: appends the URL of every module the process loads, in every
 * thread, to the file named by LADDER_LINT_RECORD_MODULES, one a line. speed.test.ts reads it to
 * see which code a run loaded.
 */
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const recordTo = process.env.LADDER_LINT_RECORD_MODULES;
if (recordTo)
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      appendFileSync(recordTo, `${resolved.url}\n`);
      return resolved;
    },
  });
