import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import ajvDraft04 from 'ajv-draft-04';
import { formatStylish } from '../src/reporters/stylish.ts';
import { ruleNames } from '../src/rule-api/registry.ts';
import { cli } from './helpers/cli.ts';
import { workflowCommandsIn } from './helpers/workflow-commands.ts';

const onlyDoubledWord = {
  rules: Object.fromEntries(
    ruleNames.map((name) => [name, name === 'ladder-doubled-word' ? 'error' : 'off']),
  ),
};

/** The runner's reading of a workflow command, as @actions/toolkit's command escaping reverses. */
function parseCommand(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) return undefined;
  const unescape = (text: string) =>
    text
      .replaceAll('%0D', '\r')
      .replaceAll('%0A', '\n')
      .replaceAll('%3A', ':')
      .replaceAll('%2C', ',')
      .replaceAll('%25', '%');
  const properties = Object.fromEntries(
    (match[2] ?? '').split(',').map((pair) => {
      const [key, ...value] = pair.split('=');
      return [key, unescape(value.join('='))];
    }),
  );
  return { command: match[1], properties, message: unescape(match[3] ?? '') };
}

test('--format github: a file name with spaces, %, a comma, a colon and a newline stays one escaped property', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-github-'));
  const name = 'L2 50%, a:b\nc.md';
  writeFileSync(join(root, '.ladderlintrc.json'), JSON.stringify(onlyDoubledWord));
  writeFileSync(join(root, name), '# L2: Engineer\n\nI did the the work.\n');
  const { stdout, code } = await cli(['.', '--format', 'github'], root);
  expect(stdout).toBe(
    '::error file=L2 50%25%2C a%3Ab%0Ac.md,line=3,endLine=3,col=7,endColumn=14,title=ladder-lint (ladder-doubled-word)::"the" is written twice in a row. Remove one of them. (suggestion: the)\n',
  );
  // One line, one command: the newline in the name cannot start a second command.
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(parseCommand(lines[0] ?? '')).toEqual({
    command: 'error',
    properties: {
      file: name,
      line: '3',
      endLine: '3',
      col: '7',
      endColumn: '14',
      title: 'ladder-lint (ladder-doubled-word)',
    },
    message: '"the" is written twice in a row. Remove one of them. (suggestion: the)',
  });
  expect(code).toBe(1);
});

test('--format github: a message with %, CR and LF is escaped so the runner shows it as written', async () => {
  const { escapeData, escapeProperty } = await import('../src/reporters/github.ts');
  expect(escapeData('50% done\r\n::error::x')).toBe('50%25 done%0D%0A::error::x');
  expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
});

test('--format sarif validates against the SARIF 2.1.0 schema, with rule metadata and stable fingerprints', async () => {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  const { stdout } = await cli(['ladder', '--format', 'sarif']);
  const log = JSON.parse(stdout) as {
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
      results: Array<{ ruleId: string; ruleIndex: number; partialFingerprints: Record<string, string> }>;
    }>;
  };
  // The OASIS schema is written in JSON Schema draft 4.
  const ajv = new ajvDraft04.default({
    strict: false,
    allErrors: true,
    validateFormats: false,
    unicodeRegExp: false,
  });
  const validate = ajv.compile(schema);
  expect(validate(log) ? [] : validate.errors).toEqual([]);
  // The schema does reject what is not SARIF: a result without its message.
  const broken = structuredClone(log) as unknown as {
    runs: Array<{ results: Array<{ message?: unknown }> }>;
  };
  delete broken.runs[0]?.results[0]?.message;
  expect(validate(broken)).toBe(false);

  const [run] = log.runs;
  expect(run?.results.length).toBeGreaterThan(0);
  for (const name of ruleNames) {
    expect(run?.tool.driver.rules.find((rule) => rule.id === name)?.helpUri).toMatch(
      new RegExp(`/docs/rules/${name}\\.md$`),
    );
  }
  for (const result of run?.results ?? [])
    expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  const fingerprints = run?.results.map((result) => result.partialFingerprints['ladderLintFinding/v2']);
  expect(new Set(fingerprints).size).toBe(fingerprints?.length);
  // The same findings give the same fingerprints on another run.
  const again = JSON.parse((await cli(['ladder', '--format', 'sarif'])).stdout) as typeof log;
  expect(again.runs[0]?.results.map((result) => result.partialFingerprints['ladderLintFinding/v2'])).toEqual(
    fingerprints,
  );
});

describe('in GitHub Actions no output is a workflow command, whatever the pages hold', () => {
  test('the helper reads commands as the runner does', () => {
    expect(
      workflowCommandsIn(
        [
          '  ::add-mask::secret',
          'text ##[error]x',
          'a\r::stop-commands::tok',
          '\u00a0::debug::nbsp',
          ': :add-mask::no',
          '## [error]no',
          ':: no',
          '::tok::',
        ].join('\n'),
      ),
    ).toEqual([
      { line: 1, name: 'add-mask', data: 'secret' },
      { line: 2, name: 'error', data: 'x' },
      { line: 4, name: 'stop-commands', data: 'tok' },
      { line: 5, name: 'debug', data: 'nbsp' },
      { line: 9, name: 'tok', data: '' },
    ]);
  });

  // Folder names, a title, a field value and section headings that are commands when printed.
  const folders = ['##[error]x', '  ::add-mask::secret', '::stop-commands::tok'];
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ladder-lint-commands-'));
    folders.forEach((folder, index) => {
      mkdirSync(join(root, folder));
      const page = [
        `# L${index + 2}: Engineer ##[error]x`,
        '',
        '> I build things.',
        '',
        '- **Thinking horizon**: ::stop-commands::tok',
        '- **Impact Radius**: Team',
        '',
        '##   ::add-mask::secret',
        '',
        'I did the the work.',
        '',
        '## ##[error]x',
        '',
        '- A point.',
        '',
      ];
      writeFileSync(join(root, folder, `L${index + 2}-Engineer.md`), page.join('\n'));
    });
  });
  const actions = { GITHUB_ACTIONS: 'true' };
  const run = (args: string[], env: NodeJS.ProcessEnv) => cli(args, root, env);

  test.each(['json', 'sarif', 'outline'])(
    '--format %s stays valid JSON with the same values, \\u005b for the [ of ##[',
    async (format) => {
      const plain = await run(['.', '--format', format], {});
      const guarded = await run(['.', '--format', format], actions);
      expect(workflowCommandsIn(plain.stdout).length).toBeGreaterThan(0);
      expect(workflowCommandsIn(guarded.stdout + guarded.stderr)).toEqual([]);
      expect(JSON.parse(guarded.stdout)).toEqual(JSON.parse(plain.stdout));
      expect(guarded.stdout).toContain('##\\u005berror]x');
      expect(guarded.code).toBe(plain.code);
    },
  );

  test.each(['stylish', 'progression'])(
    '--format %s stays readable: only a space goes in, "## [" and ": :"',
    async (format) => {
      const plain = await run(['.', '--format', format], {});
      const guarded = await run(['.', '--format', format], actions);
      expect(workflowCommandsIn(plain.stdout).length).toBeGreaterThan(0);
      expect(workflowCommandsIn(guarded.stdout + guarded.stderr)).toEqual([]);
      expect(guarded.stdout.replaceAll('## [', '##[').replaceAll(': :', '::')).toBe(plain.stdout);
    },
  );

  test('stylish names each hostile folder on a line of its own, defused', async () => {
    const { stdout } = await run(['.'], actions);
    expect(stdout.split('\n').filter((line) => line.endsWith('-Engineer.md'))).toEqual([
      '  : :add-mask::secret/L3-Engineer.md',
      '## [error]x/L2-Engineer.md',
      ': :stop-commands::tok/L4-Engineer.md',
    ]);
  });

  test('--format github gives one error or warning command per finding and nothing else', async () => {
    const guarded = await run(['.', '--format', 'github'], actions);
    const json = JSON.parse((await run(['.', '--format', 'json'], {})).stdout) as Array<{
      messages: Array<{ severity: number; message: string }>;
    }>;
    const expected = json.flatMap((result) =>
      result.messages.map((message) => (message.severity === 2 ? 'error' : 'warning')),
    );
    expect(workflowCommandsIn(guarded.stdout).map((command) => command.name)).toEqual(expected);
    expect(guarded.stdout.split('\n').filter(Boolean)).toHaveLength(expected.length);
  });

  test('the init report', async () => {
    const plain = await run(['init', '.', '--force'], {});
    const guarded = await run(['init', '.', '--force'], actions);
    expect(workflowCommandsIn(plain.stdout).length).toBeGreaterThan(0);
    expect(workflowCommandsIn(guarded.stdout + guarded.stderr)).toEqual([]);
    expect(guarded.stdout).toContain('Read 3 levels in 3 tracks:   ::add-mask::secret L3, ## [error]x L2');
  });

  test('a path named on the command line that does not exist', async () => {
    const plain = await run(['::add-mask::gone.md'], {});
    const guarded = await run(['::add-mask::gone.md'], actions);
    expect(workflowCommandsIn(plain.stdout).map((command) => command.name)).toEqual(['add-mask']);
    expect(workflowCommandsIn(guarded.stdout + guarded.stderr)).toEqual([]);
    expect(guarded.stdout.split('\n')[0]).toBe(': :add-mask::gone.md');
  });
});

test('stylish lists a file of 200,000 findings, each place padded to the widest', () => {
  const messages = Array.from({ length: 200_000 }, (_, index) => ({
    ruleId: 'ladder-doubled-word',
    severity: 2 as const,
    message: '"the" is written twice in a row. Remove one of them.',
    line: index + 1,
    column: 1,
    endLine: index + 1,
    endColumn: 8,
  }));
  const output = formatStylish(
    [
      {
        filePath: 'team/L3-Engineer.md',
        messages,
        errorCount: messages.length,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ],
    { color: false },
  );
  const lines = output.split('\n');
  expect(lines[1]).toBe(
    '  1:1       error    "the" is written twice in a row. Remove one of them.  ladder-doubled-word',
  );
  expect(lines).toContain(
    '  200000:1  error    "the" is written twice in a row. Remove one of them.  ladder-doubled-word',
  );
});
