import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import ajvDraft04 from 'ajv-draft-04';
import { ruleNames } from '../src/rules.ts';
import { cli } from './helpers/cli.ts';

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
