import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { ConfigError } from './config/load-config.ts';
import { boundHeapForLargeRuns, stopUnaskedSpellingWorker } from './engine/speed/index.ts';
import { outputFixes } from './engine/fix-passes.ts';
import { lintFiles } from './engine/lint.ts';
import type { LintResult, LintRun } from './findings/types.ts';
import { formatGithub } from './reporters/github.ts';
import { formatJson } from './reporters/json.ts';
import { formatOutline, runSummaryLine } from './reporters/outline.ts';
import { formatProgression } from './reporters/progression.ts';
import { formatSarif } from './reporters/sarif.ts';
import { outputGuard } from './reporters/output-guard.ts';
import { formatStylish } from './reporters/stylish.ts';

export const exitCodes = { ok: 0, findings: 1, failure: 2 } as const;

export const formats = ['stylish', 'json', 'sarif', 'github', 'progression', 'outline'] as const;

const help = `Usage: ladder-lint [options] [paths...]
       ladder-lint init [dir] [--force]

Checks career-ladder pages: paths are files, folders or globs (default: the current folder).

Options:
  --format <name>       stylish (default), json, sarif (SARIF 2.1.0 for code scanning),
                        github (GitHub Actions annotations), progression (a table per track),
                        or outline (JSON: how the ladder was read, every track's levels in order)
  --config <file>       use this configuration file instead of looking for one
  --fix                 repair what can be repaired safely (garbled characters, doubled words,
                        lost "- " bullets, …) in the files, then report what remains
  --fix-dry-run         the same repairs without writing them; --format json gives each
                        repaired file's text as "output"
  --quiet               report errors only, not warnings
  --max-warnings <n>    exit 1 when there are more than n warnings
  --cache               keep each page's findings between runs, so that pages that have not
                        changed are not checked again (also "cache": true in the configuration)
  --cache-location <f>  the cache file (default: .ladder-lint-cache)
  --no-color            plain text without colours
  -h, --help            show this help
  -v, --version         show the version

init looks at the ladder in dir (default: the current folder), decides how it is laid out and
writes dir/.ladderlintrc.json, saying what it found and what it could not decide. --force
replaces a .ladderlintrc.json that is already there. To check a folder named "init", write ./init.

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage, configuration or internal failure.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  color: boolean;
  /** Where GITHUB_ACTIONS is read (see output-guard.ts); process.env unless given. */
  env?: NodeJS.ProcessEnv;
}

/** How each format is kept free of workflow commands; github's lines are commands by design. */
const guardKinds = {
  stylish: 'text',
  json: 'json',
  sarif: 'json',
  github: 'commands',
  progression: 'text',
  outline: 'json',
} as const;

/** Runs the command line and returns the exit code; never calls process.exit. */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // In a GitHub Actions step, no line printed (file names, page text) may be a workflow command.
  const text = outputGuard('text', given.env);
  const io: CliIo = {
    ...given,
    stdout: (output) => given.stdout(text(output)),
    stderr: (output) => given.stderr(text(output)),
  };
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`ladder-lint: ${(error as Error).message}\nRun "ladder-lint --help" for the options.\n`);
    return exitCodes.failure;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(help);
    return exitCodes.ok;
  }
  if (values.version) {
    io.stdout(`${packageJson.version}\n`);
    return exitCodes.ok;
  }
  if (positionals[0] === 'init') {
    if (positionals.length > 2) {
      io.stderr(`ladder-lint: init takes one folder; got ${positionals.length - 1}.\n`);
      return exitCodes.failure;
    }
    // Loaded only for init: it reads pages as Markdown, which a run over an unchanged ladder never does.
    const { runInit } = await import('./init/init.ts');
    return runInit(positionals[1] ?? '.', { force: values.force === true }, io);
  }
  if (values.force) {
    io.stderr('ladder-lint: --force goes with init only ("ladder-lint init --force").\n');
    return exitCodes.failure;
  }
  if (values.fix && values['fix-dry-run']) {
    io.stderr('ladder-lint: give --fix (write the repairs) or --fix-dry-run (only show them), not both.\n');
    return exitCodes.failure;
  }
  const fix = values.fix === true || values['fix-dry-run'] === true;
  const format = values.format ?? 'stylish';
  if (!(formats as readonly string[]).includes(format)) {
    io.stderr(`ladder-lint: --format must be one of ${formats.join(', ')}; got "${format}".\n`);
    return exitCodes.failure;
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    // Only plain digits: Number() would also take "", "0x10", "1e3" and " 5 ".
    maxWarnings = /^\d+$/.test(values['max-warnings']) ? Number(values['max-warnings']) : Number.NaN;
    if (!Number.isSafeInteger(maxWarnings)) {
      io.stderr(
        `ladder-lint: --max-warnings takes a whole number of 0 or more; got "${values['max-warnings']}".\n`,
      );
      return exitCodes.failure;
    }
  }

  let results: LintResult[];
  let run: LintRun;
  let fixFailed = false;
  try {
    run = await lintFiles(positionals, {
      cwd: io.cwd,
      onFilesFound: (count) => {
        boundHeapForLargeRuns(count);
        // The rules that spell have asked for the worker by now, if the configuration has any on.
        stopUnaskedSpellingWorker();
      },
      ...(values.config ? { configFile: values.config } : {}),
      ...(fix ? { fix } : {}),
      ...(values.cache ? { cache: true } : {}),
      ...(values['cache-location'] !== undefined ? { cacheLocation: values['cache-location'] } : {}),
      onWarning: io.stderr,
    });
    results = run.results;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`ladder-lint: configuration error in ${error.message}\n`);
    } else {
      io.stderr(`ladder-lint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    return exitCodes.failure;
  }

  if (values.fix) {
    const { failed } = await outputFixes(results, io.cwd);
    for (const { filePath, problem } of failed)
      io.stderr(`ladder-lint: could not write the repairs to ${filePath}: ${problem}\n`);
    if (failed.length > 0) fixFailed = true;
  }

  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const shown = values.quiet ? results.map(onlyErrors) : results;
  const color = io.color && !values['no-color'];
  const reporters: Record<(typeof formats)[number], () => string> = {
    stylish: () => formatStylish(shown, { color, summaryLine: runSummaryLine(run) }),
    json: () => `${formatJson(shown)}\n`,
    sarif: () => `${formatSarif(shown)}\n`,
    github: () => formatGithub(shown),
    progression: () => formatProgression(run.pages, run.config),
    outline: () => `${formatOutline(run)}\n`,
  };
  const chosen = format as (typeof formats)[number];
  const kind = guardKinds[chosen];
  // The github format escapes what it quotes (workflowCommand): each of its lines is one command.
  given.stdout(kind === 'commands' ? reporters[chosen]() : outputGuard(kind, given.env)(reporters[chosen]()));
  if (fixFailed) return exitCodes.failure;
  if (errorCount > 0) return exitCodes.findings;
  if (maxWarnings !== undefined && warningCount > maxWarnings) {
    io.stderr(`ladder-lint: ${warningCount} warnings, more than --max-warnings ${maxWarnings} allows.\n`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}

function parseCliArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      quiet: { type: 'boolean', short: 'q' },
      'max-warnings': { type: 'string' },
      'no-color': { type: 'boolean' },
      color: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      force: { type: 'boolean' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
    },
  });
}

function onlyErrors(result: LintResult): LintResult {
  return {
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0,
    fixableWarningCount: 0,
  };
}
