import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { lintTexts } from '../src/engine/lint.ts';
import { formatSarif } from '../src/reporters/sarif.ts';
import { repoRoot } from './helpers/cli.ts';
import { onlyRule } from './helpers/config.ts';

interface SarifLog {
  runs: Array<{
    results: Array<{
      ruleId: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

const sarifOf = async (rule: string, pages: Array<{ path: string; text: string }>) =>
  (
    JSON.parse(
      formatSarif((await lintTexts(pages, { config: onlyRule(rule), cwd: '/ladder' })).results),
    ) as SarifLog
  ).runs[0]?.results ?? [];

describe('SARIF fingerprints follow the finding, not its message', () => {
  test('a count that changes elsewhere in the ladder keeps the fingerprint of a mixed-spelling finding', async () => {
    const l2 = {
      path: 'Ops/L2-Ops-Engineer.md',
      text: '# L2: Ops Engineer\n\n- I prioritise, organise and recognise work.\n',
    };
    const l3 = (extra: string) => ({
      path: 'Ops/L3-Senior-Ops-Engineer.md',
      text: `# L3: Senior Ops Engineer\n\n- I analyse and summarise${extra}; I organize.\n`,
    });
    const [before] = await sarifOf('ladder-mixed-spelling', [l2, l3('')]);
    const [after] = await sarifOf('ladder-mixed-spelling', [l2, l3(', and I optimise')]);
    // The message did change ("5 of 6 words", then "6 of 7 words"): the fingerprint must not.
    expect(before?.message.text).toContain('(5 of 6 words)');
    expect(after?.message.text).toContain('(6 of 7 words)');
    expect(after?.partialFingerprints).toEqual(before?.partialFingerprints);
  });

  test("another page's line number in a message does not move a progression finding's fingerprint", async () => {
    const l2 = (above: string) => ({
      path: 'Track/L2-Engineer.md',
      text: `# L2: Engineer\n\n${above}- **Planning Horizon**: 1 year\n`,
    });
    const l3 = {
      path: 'Track/L3-Engineer.md',
      text: '# L3: Engineer\n\n- **Planning Horizon**: Current cycle\n',
    };
    const [before] = await sarifOf('ladder-progression', [l2(''), l3]);
    const [after] = await sarifOf('ladder-progression', [l2('Our second level.\n\n'), l3]);
    expect(before?.message.text).toContain('L2-Engineer.md:3');
    expect(after?.message.text).toContain('L2-Engineer.md:5');
    expect(after?.partialFingerprints).toEqual(before?.partialFingerprints);
  });

  test('two findings of one word on one page are told apart by their order', async () => {
    const results = await sarifOf('ladder-mixed-spelling', [
      {
        path: 'L2-Engineer.md',
        text: '# L2: Engineer\n\n- Organise, organise, recognise, prioritise; organize.\n- I organize.\n',
      },
    ]);
    const prints = results.map((result) => result.partialFingerprints['ladderLintFinding/v2']);
    expect(prints).toHaveLength(2);
    expect(new Set(prints).size).toBe(2);
  });
});

const corpus = `${repoRoot}/../shared/corpora/octopus-people`;
const run = promisify(execFile);

(existsSync(corpus) ? test : test.skip)(
  'two runs of the CLI on the reference ladder, with the CPU kept busy, print the same bytes',
  async () => {
    // A spinning process keeps a core busy, as other jobs do on a shared CI machine.
    const spinner: ChildProcess = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
    try {
      const cli = (format: string) =>
        run(process.execPath, [`${repoRoot}/src/bin.ts`, '.', '--format', format], {
          cwd: corpus,
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' },
        }).catch((error: { stdout?: string; code?: number }) => {
          // Exit code 1 means findings, which this ladder has; anything else is a failure.
          if (error.code !== 1) throw error;
          return { stdout: error.stdout ?? '' };
        });
      // All four at once: each run competes with the others and the spinner for the CPU.
      const [sarif, sarifAgain, stylish, stylishAgain] = await Promise.all(
        ['sarif', 'sarif', 'stylish', 'stylish'].map(cli),
      );
      expect(sarif?.stdout.length).toBeGreaterThan(1000);
      expect(stylish?.stdout.length).toBeGreaterThan(1000);
      expect(sarifAgain?.stdout).toBe(sarif?.stdout);
      expect(stylishAgain?.stdout).toBe(stylish?.stdout);
    } finally {
      spinner.kill();
    }
  },
  300_000,
);
