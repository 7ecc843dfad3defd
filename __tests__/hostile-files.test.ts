// Files a pull request or a careless copy can put where pages are looked for: links out of the
// folder being checked, pipes and devices, names the file system accepts but tools choke on.
// Pipes, links and odd names are made here in a temporary folder, as git cannot carry all of them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@jest/globals';
import { lintFiles, lintTexts } from '../src/engine/lint.ts';
import { formatSarif } from '../src/reporters/sarif.ts';
import { ruleNames } from '../src/rule-api/registry.ts';
import { cli, cliJson, fixtures, type JsonResult } from './helpers/cli.ts';
import { onlyRule } from './helpers/config.ts';

const onlyDoubledWord = JSON.stringify({
  rules: Object.fromEntries(
    ruleNames.map((name) => [name, name === 'ladder-doubled-word' ? 'error' : 'off']),
  ),
});

function findings(results: JsonResult[]) {
  return results.map((result) => [
    result.filePath,
    result.messages.map((message) => `${message.ruleId} ${message.line}: ${message.message}`),
  ]);
}

const outside =
  'file-unreadable 1: This is a symbolic link to a file outside the folder being checked, so it was not read. Copy the page into the folder, or delete the link.';
const notRegular =
  'file-unreadable 1: This is not a regular file (it is a named pipe, a device or a socket), so it was not read. Delete it, or add it to .ladderlintignore.';

/** A private file next to the folder being checked, with words that would be quoted if read. */
function privateFile(base: string): string {
  mkdirSync(join(base, 'private'));
  const path = join(base, 'private', 'secret.md');
  writeFileSync(
    path,
    '# L9: Zyxwvsecret Keeper\n\n## Hidden\n\nThe the zyxwvsecret nologin qwertyunknownword TODO.\n',
  );
  return path;
}

test('a page that links out of the folder being checked is one finding, and none of its bytes are in any output', async () => {
  const base = mkdtempSync(join(tmpdir(), 'ladder-lint-outside-'));
  const secret = privateFile(base);
  // Outside any Git repository, the folder being checked is the working directory.
  const ladder = join(base, 'ladder');
  mkdirSync(ladder);
  writeFileSync(
    join(ladder, 'L1-Engineer.md'),
    '# L1: Engineer\n\nSee [their notes](../private/secret.md#zyxwvsecret-keepers) and [gone](../private/gone.md).\n',
  );
  symlinkSync(secret, join(ladder, 'L2-Engineer.md'));
  const { results } = await cliJson(['.'], ladder);
  expect(findings(results)).toEqual([
    [
      'L1-Engineer.md',
      // The link out is checked for existence only: its anchors are not read, so not judged.
      expect.arrayContaining([
        'ladder-links 3: This link goes to "../private/gone.md", which does not exist. Fix the path or remove the link.',
      ]),
    ],
    ['L2-Engineer.md', [outside]],
  ]);
  expect(results[0]?.messages.filter((message) => message.ruleId === 'ladder-links')).toHaveLength(1);
  for (const format of ['stylish', 'json', 'sarif', 'github', 'progression', 'outline']) {
    const { stdout, stderr } = await cli(['.', '--format', format], ladder);
    expect(`${stdout}${stderr}`.toLowerCase()).not.toContain('zyxwv');
    expect(stdout).not.toMatch(/nologin|qwertyunknownword|Keeper/);
  }
});

test('a link to a page elsewhere in the same Git repository is read: the root is the repository', async () => {
  const base = mkdtempSync(join(tmpdir(), 'ladder-lint-repository-'));
  mkdirSync(join(base, '.git'));
  mkdirSync(join(base, 'shared'));
  mkdirSync(join(base, 'ladder'));
  writeFileSync(join(base, '.ladderlintrc.json'), onlyDoubledWord);
  writeFileSync(join(base, 'shared', 'L3-Engineer.md'), '# L3: Engineer\n\nThe the shared page.\n');
  symlinkSync('../shared/L3-Engineer.md', join(base, 'ladder', 'L3-Engineer.md'));
  const { results } = await cliJson(['ladder'], base);
  expect(findings(results)).toEqual([
    [
      'ladder/L3-Engineer.md',
      ['ladder-doubled-word 3: "the" is written twice in a row. Remove one of them.'],
    ],
  ]);
});

test('a linked folder or a named link that leads out of the repository is one finding, not read', async () => {
  const base = mkdtempSync(join(tmpdir(), 'ladder-lint-outside-'));
  const secret = privateFile(base);
  mkdirSync(join(base, 'repo'));
  mkdirSync(join(base, 'repo', '.git'));
  symlinkSync(join(base, 'private'), join(base, 'repo', 'ladder'));
  symlinkSync(secret, join(base, 'repo', 'L2-Engineer.md'));
  const { stdout } = await cli(['ladder', 'L2-Engineer.md', '--format', 'json'], join(base, 'repo'));
  expect(findings(JSON.parse(stdout) as JsonResult[])).toEqual([
    ['L2-Engineer.md', [outside]],
    [
      'ladder',
      [
        'file-unreadable 1: This is a symbolic link to a folder outside the folder being checked, so it was not read. Name the folder it points to instead, or delete the link.',
      ],
    ],
  ]);
  expect(stdout).not.toContain('secret.md');
});

test('a named pipe or a link to /dev/zero, in a folder or named, is one finding each; the run goes on', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-special-'));
  writeFileSync(join(root, '.ladderlintrc.json'), onlyDoubledWord);
  execFileSync('mkfifo', [join(root, 'L1-Pipe.md')]);
  symlinkSync('/dev/zero', join(root, 'L2-Zero.md'));
  execFileSync('mkfifo', [join(root, 'pipe')]);
  symlinkSync('pipe', join(root, 'L3-Linked-Pipe.md'));
  writeFileSync(join(root, 'L4-Engineer.md'), '# L4: Engineer\n\nThe the end.\n');
  const doubled = 'ladder-doubled-word 3: "the" is written twice in a row. Remove one of them.';
  expect(findings((await cliJson(['.'], root)).results)).toEqual([
    ['L1-Pipe.md', [notRegular]],
    ['L2-Zero.md', [notRegular]],
    ['L3-Linked-Pipe.md', [notRegular]],
    ['L4-Engineer.md', [doubled]],
  ]);
  expect(findings((await cliJson(['L1-Pipe.md', '/dev/zero', 'L4-Engineer.md'], root)).results)).toEqual([
    [relative(root, '/dev/zero'), [notRegular]],
    ['L1-Pipe.md', [notRegular]],
    ['L4-Engineer.md', [doubled]],
  ]);
});

test('--config naming a pipe or a device stops with exit 2 and says so, without waiting on it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-special-'));
  execFileSync('mkfifo', [join(root, 'config.json')]);
  writeFileSync(join(root, 'L1-Engineer.md'), '# L1: Engineer\n');
  for (const config of [join(root, 'config.json'), '/dev/zero']) {
    const { code, stderr } = await cli(['--config', config, '.'], root);
    expect(stderr).toBe(
      `ladder-lint: configuration error in ${config}: is not a regular file (it is a named pipe, a device or a folder), so it was not read. Give the path of a configuration file.\n`,
    );
    expect(code).toBe(2);
  }
});

test('pages under a folder with a line break in its name, dot files and names not in UTF-8 are checked', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-names-'));
  writeFileSync(join(root, '.ladderlintrc.json'), onlyDoubledWord);
  const page = (level: number) => `# L${level}: Engineer\n\nThe the end.\n`;
  mkdirSync(join(root, 'two\nlines'));
  writeFileSync(join(root, 'two\nlines', 'L1-Engineer.md'), page(1));
  writeFileSync(join(root, '.L2-Engineer.md'), page(2));
  mkdirSync(join(root, '.hidden'));
  writeFileSync(join(root, '.hidden', 'L3-Engineer.md'), page(3));
  // "Café" in Latin-1: the name is the byte E9, which is not UTF-8.
  writeFileSync(Buffer.from(`${root}/L4-Caf\xe9.md`, 'latin1'), page(4));
  mkdirSync(join(root, 'node_modules'));
  writeFileSync(join(root, 'node_modules', 'L5-Engineer.md'), page(5));
  const { results, stdout } = await cliJson(['.'], root);
  const doubled = ['ladder-doubled-word 3: "the" is written twice in a row. Remove one of them.'];
  expect(findings(results)).toEqual([
    ['.L2-Engineer.md', doubled],
    ['.hidden/L3-Engineer.md', doubled],
    ['L4-Caf\uFFFD.md', doubled],
    ['two\nlines/L1-Engineer.md', doubled],
  ]);
  expect(stdout).not.toContain('disappeared');
  const sarif = JSON.parse((await cli(['.', '--format', 'sarif'], root)).stdout) as SarifLog;
  expect(sarif.runs[0]?.results.map(uriOf)).toEqual([
    '.L2-Engineer.md',
    '.hidden/L3-Engineer.md',
    'L4-Caf%EF%BF%BD.md',
    'two%0Alines/L1-Engineer.md',
  ]);
});

test('a folder whose path is longer than the system allows is one finding; the pages before it are checked', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-deep-'));
  writeFileSync(join(root, '.ladderlintrc.json'), onlyDoubledWord);
  writeFileSync(join(root, 'L1-Engineer.md'), '# L1: Engineer\n\nThe the end.\n');
  // Made one folder at a time from inside the last, as no single path to the deepest may be given.
  const name = 'd'.repeat(200);
  const script = `process.chdir(process.argv[1]);
    for (let depth = 0; depth < 25; depth++) { fs.mkdirSync(${JSON.stringify(name)}); process.chdir(${JSON.stringify(name)}); }
    fs.writeFileSync('L2-Engineer.md', '# L2: Engineer\\n');`;
  execFileSync(process.execPath, ['-e', script, root]);
  let tooLong = root;
  while (Buffer.byteLength(tooLong) < 4096) tooLong = join(tooLong, name);
  const { results } = await cliJson(['.'], root);
  expect(findings(results)).toEqual([
    ['L1-Engineer.md', ['ladder-doubled-word 3: "the" is written twice in a row. Remove one of them.']],
    [
      relative(root, tooLong),
      [
        'file-unreadable 1: The path of this folder is longer than the system allows, so the pages in it could not be read. Shorten the names of its folders.',
      ],
    ],
  ]);
});

interface SarifLog {
  runs: Array<{
    results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  }>;
}

const uriOf = (result: SarifLog['runs'][number]['results'][number]) =>
  result.locations[0]?.physicalLocation.artifactLocation.uri;

/** RFC 3986: a relative reference holds only these characters and %XX escapes. */
const uriReference = /^(?:[\w\-.~!$&'()*+,;=:@/]|%[\dA-F]{2})*$/;

test('--format sarif gives a valid URI for a name with a lone surrogate', async () => {
  const run = await lintTexts(
    [{ path: 'team/L2-\uD800Engineer.md', text: '# L2: Engineer\n\nThe the end.\n' }],
    {
      config: onlyRule('ladder-doubled-word'),
    },
  );
  const sarif = JSON.parse(formatSarif(run.results)) as SarifLog;
  const uri = uriOf(sarif.runs[0]?.results[0] as SarifLog['runs'][number]['results'][number]);
  expect(uri).toBe('team/L2-%EF%BF%BDEngineer.md');
  expect(uri).toMatch(uriReference);
});

test('a page with % in its name or its links is checked by ladder-links like any other', async () => {
  const run = await lintFiles(['hostile/percent'], { cwd: fixtures, config: onlyRule('ladder-links') });
  expect(
    run.results.map((result) => [
      result.filePath,
      result.messages.map(({ line, column, message, expected }) => ({
        line,
        column,
        message,
        suggestions: expected,
      })),
    ]),
  ).toEqual([
    [
      'hostile/percent/L1-50%zz.md',
      [
        {
          line: 5,
          column: 22,
          message:
            'This link goes to "#scopes", but the page has no heading with that anchor. Link to one of its headings, or fix the anchor.',
          suggestions: ['#scope'],
        },
        {
          line: 5,
          column: 76,
          message: 'This link goes to "otherA.md", which does not exist. Fix the path or remove the link.',
          suggestions: undefined,
        },
      ],
    ],
    ['hostile/percent/other%41.md', []],
  ]);
});

test('a page with old Mac line ends (CR alone) is read line by line', async () => {
  const run = await lintFiles(['hostile/cr-only'], {
    cwd: fixtures,
    config: onlyRule('ladder-doubled-word'),
  });
  expect(run.results[0]?.messages).toEqual([
    {
      ruleId: 'ladder-doubled-word',
      severity: 1,
      message: '"the" is written twice in a row. Remove one of them.',
      line: 41,
      column: 10,
      endLine: 41,
      endColumn: 17,
      expected: ['the'],
      fix: { range: [4180, 4184], text: '' },
      key: 'the the',
    },
  ]);
});

test('a byte-order mark at the start of a text given to lintTexts moves no position', async () => {
  const text = '# L1: Enginer\n\n- **Planning Horizon**: A week.\n';
  const config = onlyRule('ladder-spelling');
  const plain = await lintTexts([{ path: 'team/L1-Engineer.md', text }], { config });
  const marked = await lintTexts([{ path: 'team/L1-Engineer.md', text: `\uFEFF${text}` }], { config });
  // With the mark, offsets were counted from it: "Horizo" was flagged, and "Enginer" was not.
  expect(
    marked.results[0]?.messages.map(({ line, column, endLine, endColumn, message }) => ({
      at: `${line}:${column}-${endLine}:${endColumn}`,
      word: message.split('"')[1],
    })),
  ).toEqual([{ at: '1:7-1:14', word: 'Enginer' }]);
  expect(marked.results[0]?.messages).toEqual(plain.results[0]?.messages);
});
