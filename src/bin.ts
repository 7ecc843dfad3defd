import { startSpellingEarly, startSpellingWorker } from './engine/speed/index.ts';

const args = process.argv.slice(2);
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
