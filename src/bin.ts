import { enableCompileCache } from 'node:module';
import { startSpellingEarly, startSpellingWorker } from './engine/speed/index.ts';

const args = process.argv.slice(2);
// V8's compiled code kept on disk between runs, as TypeScript's tsc keeps it: compiling
// ladder-lint's and cspell-lib's modules again took a quarter of a second of CPU in every run.
// The spelling worker inherits it through the environment. It changes no output, and
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const compileCache = enableCompileCache?.();
if (compileCache?.directory) process.env.NODE_COMPILE_CACHE ??= compileCache.directory;
// Loading cspell-lib and its dictionaries is the longest part of a run on a small ladder: the
// worker starts on the other core before the CLI's own modules load, not after (see startSpellingEarly).
if (startSpellingEarly(args, process.cwd())) startSpellingWorker();
const { runCli } = await import('./cli.ts');

const color = process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.FORCE_COLOR !== '0';
process.exitCode = await runCli(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color,
});
