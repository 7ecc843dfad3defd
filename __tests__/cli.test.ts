import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import packageJson from '../package.json' with { type: 'json' };
import { cli, cliJson, fixtures, repoRoot } from './helpers/cli.ts';

describe('ladder-lint on a folder', () => {
  test('prints ESLint-shaped JSON for every page, paths relative with forward slashes', async () => {
    const { code, results } = await cliJson(['ladder']);
    expect(results.map((result) => result.filePath)).toEqual([
      'ladder/Customer-Success/L2-Junior-Customer-Success-Manager',
      'ladder/Security-Engineering/L2-Security-Engineer.md',
      'ladder/Security-Engineering/L3 - Senior Security Engineer.md',
      'ladder/Security-Engineering/README.md',
    ]);
    for (const result of results) {
      expect(Object.keys(result)).toEqual([
        'filePath',
        'messages',
        'suppressedMessages',
        'errorCount',
        'fatalErrorCount',
        'warningCount',
        'fixableErrorCount',
        'fixableWarningCount',
        'usedDeprecatedRules',
      ]);
      for (const message of result.messages) {
        expect(Object.keys(message)).toEqual(
          expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']),
        );
      }
    }
    const customerSuccess = results[0];
    expect(customerSuccess?.messages.map((message) => message.ruleId)).toEqual([
      'ladder-sections',
      'ladder-title',
      'ladder-title',
      // "***Core Competencies": stars never closed, standing in for a heading.
      'ladder-heading-style',
    ]);
    expect(customerSuccess?.errorCount).toBe(3);
    expect(customerSuccess?.messages[1]).toEqual({
      ruleId: 'ladder-title',
      severity: 2,
      message:
        'This page\'s file name "L2-Junior-Customer-Success-Manager" does not end in .md, so GitHub shows it as plain text. Rename it to "L2-Junior-Customer-Success-Manager.md".',
      line: 1,
      column: 1,
      nodeType: null,
      endLine: 1,
      endColumn: 34,
      // A file to rename is no change to the text: a suggestion with a description only.
      suggestions: [{ desc: 'Rename the file to "L2-Junior-Customer-Success-Manager.md".' }],
    });
    expect(code).toBe(1);
  });

  test('the stylish report names file, place, severity, message and rule', async () => {
    const { stdout } = await cli(['ladder/Customer-Success']);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'ladder/Customer-Success/L2-Junior-Customer-Success-Manager',
      '  1:1  error    This page does not follow any page template (individual-contributor, support, management, operations): it has too few of their sections. Start from another level page of the same track, or describe this kind of page as a template in the configuration.  ladder-sections',
      '  1:1  error    This page\'s file name "L2-Junior-Customer-Success-Manager" does not end in .md, so GitHub shows it as plain text. Rename it to "L2-Junior-Customer-Success-Manager.md". (suggestion: L2-Junior-Customer-Success-Manager.md)  ladder-title',
    ]);
    expect(stdout).toContain('✖ 4 problems (3 errors, 1 warning)');
  });

  test('--format progression prints a Markdown table per track, and the exit code still follows the findings', async () => {
    const { code, stdout } = await cli(['ladder/Security-Engineering', '--format', 'progression']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 7)).toEqual([
      '## Progression by track',
      '',
      '### ladder/Security-Engineering',
      '',
      '| Level | Page | Planning Horizon | Impact Radius | Evaluation | Responsibility and Direction Needed |',
      '| --- | --- | --- | --- | --- | --- |',
      '| L2 | L2-Security-Engineer.md | Current and next cycle <sub>(2 cycles (12 weeks))</sub> | Self plus some teammates <sub>(self and some teammates, step 2 of 7)</sub> | Manager <sub>(manager, step 1 of 5)</sub> | Weekly supervision from their manager or more senior engineers <sub>(weekly supervision, step 2 of 6)</sub> |',
    ]);
    expect(stdout).toContain('No level asks for less than the level below.');
  });

  test('a clean folder exits 0 and prints only what it read', async () => {
    // --quiet: the README's byte-order mark is a warning (see below).
    const { code, stdout } = await cli(['ladder/Security-Engineering', '--quiet']);
    expect([code, stdout]).toEqual([0, '3 files checked: 2 level pages in 1 track, 1 other file\n']);
  });

  test('a run that reads no level says so once, and points at init', async () => {
    const { results } = await cliJson(['ladder/Security-Engineering/README.md']);
    expect(results[0]?.messages).toEqual([
      expect.objectContaining({ ruleId: 'ladder-typography', line: 1 }), // its byte-order mark
      {
        ruleId: 'no-levels-found',
        severity: 1,
        message:
          'ladder-lint found no level in the file it checked, so no level was checked against its template or the levels around it. Run "ladder-lint init" to describe how this ladder is laid out.',
        line: 1,
        column: 1,
        nodeType: null,
        endLine: 1,
        endColumn: 1,
      },
    ]);
  });

  test('a page starting with a byte-order mark is read as its text, and the mark is one warning', async () => {
    const { results } = await cliJson(['ladder/Security-Engineering']);
    expect(results.find((result) => result.filePath.endsWith('README.md'))).toEqual({
      filePath: 'ladder/Security-Engineering/README.md',
      messages: [
        {
          ruleId: 'ladder-typography',
          severity: 1,
          message:
            'This file starts with an invisible byte-order mark. GitHub hides it, but other tools read it as text. Save the file as "UTF-8" without BOM.',
          line: 1,
          column: 1,
          nodeType: null,
          endLine: 1,
          endColumn: 1,
        },
      ],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });
});

describe('which files are checked', () => {
  test('.ladderlintignore leaves a folder out, but a file named explicitly is checked', async () => {
    const folder = await cliJson(['ladder']);
    expect(folder.results.some((result) => result.filePath.includes('drafts'))).toBe(false);
    const named = await cliJson(['ladder/drafts/L9-Draft-Role.md']);
    expect(named.results.map((result) => result.messages.map((message) => message.message))).toEqual([
      [
        'The title says L8 but the file name says L9. Change one so that both name the same level.',
        'The title names the role "Not ready" but the file name says "Draft Role". Rename the file or change the title so they agree.',
      ],
    ]);
  });

  test('globs select files', async () => {
    const { results } = await cliJson(['ladder/**/L2-*.md']);
    expect(results.map((result) => result.filePath)).toEqual([
      'ladder/Security-Engineering/L2-Security-Engineer.md',
    ]);
  });

  test('.gitignore is honoured', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ladder-lint-'));
    mkdirSync(join(root, 'Team', 'old'), { recursive: true });
    writeFileSync(join(root, '.gitignore'), 'old/\n');
    writeFileSync(join(root, 'Team', 'L2-Engineer.md'), '# L2: Engineer\n');
    writeFileSync(join(root, 'Team', 'old', 'L2-Engineer.md'), '# L3: Engineer\n');
    const { results } = await cliJson(['.'], root);
    expect(results.map((result) => result.filePath)).toEqual(['Team/L2-Engineer.md']);
  });

  test('a path that does not exist is a finding, and the other paths are still checked', async () => {
    const { code, results } = await cliJson([
      'ladder/Nope',
      'ladder/Security-Engineering/L2-Security-Engineer.md',
    ]);
    expect(code).toBe(1);
    expect(
      results.map((result) => [result.filePath, result.messages.map((message) => message.ruleId)]),
    ).toEqual([
      ['ladder/Nope', ['path-not-found']],
      ['ladder/Security-Engineering/L2-Security-Engineer.md', []],
    ]);
  });

  test('a glob that matches nothing is a finding', async () => {
    const { results } = await cliJson(['ladder/**/*.mdx']);
    expect(results[0]?.messages[0]?.message).toBe(
      'No Markdown file matches this pattern. Check the path you gave ladder-lint.',
    );
  });
});

describe('options and exit codes', () => {
  test('warnings alone exit 0; --max-warnings makes too many exit 1', async () => {
    expect((await cli(['configs/json'])).code).toBe(0);
    const strict = await cli(['configs/json', '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('ladder-lint: 1 warnings, more than --max-warnings 0 allows.\n');
    expect((await cli(['configs/json', '--max-warnings', '1'])).code).toBe(0);
  });

  test('--quiet reports errors only', async () => {
    const { stdout, code } = await cli(['configs/json', '--quiet']);
    expect([stdout, code]).toEqual(['1 file checked: 1 level page in 1 track, 0 other files\n', 0]);
  });

  test('bad usage exits 2 with a message', async () => {
    const unknown = await cli(['--frmat', 'json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ladder-lint: Unknown option '--frmat'/);
    const format = await cli(['--format', 'xml']);
    expect([format.code, format.stderr]).toEqual([
      2,
      'ladder-lint: --format must be one of stylish, json, sarif, github, progression, outline; got "xml".\n',
    ]);
    const warnings = await cli(['--max-warnings', 'lots']);
    expect(warnings.code).toBe(2);
  });

  test.each(['lots', '', '0x10', '1e3', '-1', '1.5', ' 5', '+2'])(
    '--max-warnings=%j is refused: only plain whole numbers',
    async (value) => {
      const { code, stdout, stderr } = await cli(['configs/json', `--max-warnings=${value}`]);
      expect([code, stdout, stderr]).toEqual([
        2,
        '',
        `ladder-lint: --max-warnings takes a whole number of 0 or more; got "${value}".\n`,
      ]);
    },
  );

  test('--help and --version', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toMatch(/^Usage: ladder-lint \[options\] \[paths\.\.\.\]/);
    expect(help.code).toBe(0);
    expect((await cli(['--version'])).stdout).toBe(`${packageJson.version}\n`);
  });

  test('--config names the configuration file', async () => {
    const { results } = await cliJson([
      'ladder/Customer-Success',
      '--config',
      'configs/yaml/.ladderlintrc.yaml',
    ]);
    expect(results[0]?.messages.map((message) => message.ruleId)).toEqual([
      'ladder-sections',
      'ladder-heading-style',
    ]);
  });
});

describe('the built command', () => {
  test('dist/cli.js runs as the package bin, with colours off when not a terminal', () => {
    const bin = join(repoRoot, packageJson.bin['ladder-lint']);
    const run = spawnSync(process.execPath, [bin, 'ladder/Customer-Success', '--format', 'json'], {
      cwd: fixtures,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].errorCount).toBe(3);
    const version = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(version).toBe(`${packageJson.version}\n`);
  });

  test('dist/cli.js keeps compiled code between runs, for its spelling worker too', () => {
    const bin = join(repoRoot, packageJson.bin['ladder-lint']);
    const temporary = mkdtempSync(join(tmpdir(), 'ladder-lint-compile-cache-'));
    const env = { ...process.env };
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const run = spawnSync(process.execPath, [bin, 'ladder/Customer-Success', '--format', 'json'], {
      cwd: fixtures,
      encoding: 'utf8',
      env: { ...env, TMPDIR: temporary },
    });
    expect(run.status).toBe(1);
    // Node's default place, os.tmpdir()/node-compile-cache, one folder per Node version.
    const cache = join(temporary, 'node-compile-cache');
    const entries = readdirSync(cache).flatMap((version) =>
      readdirSync(join(cache, version)).map((entry) => readFileSync(join(cache, version, entry), 'latin1')),
    );
    expect(entries.length).toBeGreaterThan(0);
    // cspell-lib is loaded by the spelling worker only: its code there means the worker kept its own.
    expect(entries.some((entry) => entry.includes('_prepareAsync'))).toBe(true);
  });

  test('dist/cli.js finds its spelling worker from its chunks, and finishes when spelling is off', () => {
    const bin = join(repoRoot, packageJson.bin['ladder-lint']);
    const folder = mkdtempSync(join(tmpdir(), 'ladder-lint-bin-'));
    writeFileSync(join(folder, 'Notes.md'), '# Notes\n\nWe remove inefficiences.\n');
    const spelled = spawnSync(process.execPath, [bin, '.', '--format', 'json'], {
      cwd: folder,
      encoding: 'utf8',
    });
    const spellingFindings = (stdout: string) =>
      (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>)
        .flatMap((result) => result.messages)
        .filter((message) => message.ruleId === 'ladder-spelling')
        .map(({ line, column }) => [line, column]);
    expect(spellingFindings(spelled.stdout)).toEqual([[3, 11]]);

    const rules = { 'ladder-spelling': 'off', 'ladder-mixed-spelling': 'off' };
    writeFileSync(join(folder, '.ladderlintrc.json'), JSON.stringify({ rules }));
    const unspelled = spawnSync(process.execPath, [bin, '.', '--format', 'json'], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(unspelled.stderr).toBe('');
    expect(spellingFindings(unspelled.stdout)).toEqual([]);
  });
});
