import { runCli } from '../../src/cli.ts';

export const repoRoot = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
export const fixtures = `${repoRoot}/fixtures`;

/** Runs the CLI in-process, as a user would from `cwd`, and captures what it prints. */
export async function cli(args: string[], cwd = fixtures, env?: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    color: false,
    ...(env ? { env } : {}),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

export interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; message: string; line: number }>;
  errorCount: number;
  warningCount: number;
}

export async function cliJson(args: string[], cwd = fixtures) {
  const run = await cli([...args, '--format', 'json'], cwd);
  return { ...run, results: JSON.parse(run.stdout) as JsonResult[] };
}
