// The bundled Action (dist/index.js) run as GitHub runs it: a child process with the runner's
// environment, a pull_request event, a git repository with a base and a head commit, and a
// stand-in for GitHub's API on 127.0.0.1.
import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  mkdirSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { ruleNames } from '../src/rule-api/registry.ts';
import { repoRoot } from './helpers/cli.ts';
import {
  type CheckRunState,
  type RecordedRequest,
  type StandIn,
  startGitHubStandIn,
} from './helpers/github-stand-in.ts';
import { runnerCommands } from './helpers/runner-commands.ts';

const run = promisify(execFile);
/**
 * The runner runs an Action from its own checkout (`_actions/<owner>/<repo>/<ref>/dist/index.js`),
 * with no node_modules above it. Run where it is built, Node's module resolution would find
 * whatever the bundle lacks in the repository's node_modules: the tests run a copy of dist/.
 */
const action = mkdtempSync(join(tmpdir(), 'ladder-lint-actions-'));
const bundle = join(action, 'dist', 'index.js');

const header = (level: number) =>
  `# L${level}: Engineer\n\n> _I build things._\n\n- **Planning Horizon**: A week.\n- **Impact Radius**: Self.\n- **Evaluation**: Manager.\n- **Responsibility and Direction Needed**: Daily direction.\n\n## Skills\n\n`;
const doubled = (count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => `- I finished the the task number ${from + index}.\n`).join('');
const clean = (count: number) =>
  Array.from({ length: count }, (_, index) => `- I finished task number ${index}.\n`).join('');

/** A repository configuration with only these rules on, as errors. */
function onlyRules(names: string[]) {
  return {
    rules: Object.fromEntries(ruleNames.map((name) => [name, names.includes(name) ? 'error' : 'off'])),
  };
}

interface Repository {
  root: string;
  base: string;
  head: string;
  /** Lines of team/L3-Engineer.md that the head commit added. */
  addedToL3: number[];
}

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

/**
 * Base: an L3 page with 5 doubled words already in it, and an unchanged page elsewhere with one.
 * Head: 15 more doubled words added to L3 (errors), and a new L4 page with 100 (warnings there,
 * by an override): 120 findings in what the pull request changed, 5 more in a changed page on
 * lines it did not change, and 1 in a page it did not touch.
 */
function makeRepository(): Repository {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-action-'));
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'Test');
  mkdirSync(join(root, 'team'));
  mkdirSync(join(root, 'other'));
  const config = {
    ...onlyRules(['ladder-doubled-word']),
    overrides: [{ files: ['team/L4-*.md'], rules: { 'ladder-doubled-word': 'warn' } }],
  };
  writeFileSync(join(root, '.ladderlintrc.json'), JSON.stringify(config));
  const l3Base = header(3) + doubled(5) + clean(3);
  writeFileSync(join(root, 'team', 'L3-Engineer.md'), l3Base);
  writeFileSync(join(root, 'other', 'L2-Other.md'), header(2) + doubled(1));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  writeFileSync(join(root, 'team', 'L3-Engineer.md'), l3Base + doubled(15, 100));
  writeFileSync(join(root, 'team', 'L4-Engineer.md'), header(4) + doubled(100, 200));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'head');
  const head = git(root, 'rev-parse', 'HEAD');
  const l3BaseLines = l3Base.split('\n').length - 1;
  const addedToL3 = Array.from({ length: 15 }, (_, index) => l3BaseLines + 1 + index);
  return { root, base, head, addedToL3 };
}

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

interface RunOptions {
  /** The event file's text, in place of a pull_request event for the repository's commits. */
  eventText?: string;
  /** RUNNER_TEMP: a folder of the test's, or unset (null). Default: a new folder per run. */
  runnerTemp?: string | null;
  /** GITHUB_SHA, the commit the workflow ran for (the merge commit, for a pull request). */
  sha?: string;
  /** GITHUB_REPOSITORY, or unset (null). Default: octo/ladder, as the event names it. */
  repository?: string | null;
}

async function runAction(
  repository: Repository,
  api: StandIn,
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionRun> {
  const runner = mkdtempSync(join(tmpdir(), 'ladder-lint-runner-'));
  const event = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: repository.head, ref: 'feature', repo: { full_name: 'octo/ladder' } },
      base: { sha: repository.base, ref: 'main', repo: { full_name: 'octo/ladder' } },
    },
    repository: { name: 'ladder', full_name: 'octo/ladder', owner: { login: 'octo' } },
  };
  const paths = {
    event: join(runner, 'event.json'),
    summary: join(runner, 'summary.md'),
    output: join(runner, 'output.txt'),
  };
  writeFileSync(paths.event, options.eventText ?? JSON.stringify(event));
  writeFileSync(paths.summary, '');
  writeFileSync(paths.output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_SHA: options.sha ?? 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_WORKSPACE: repository.root,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_OUTPUT: paths.output,
    GITHUB_API_URL: api.url,
    NO_PROXY: '127.0.0.1',
    // Retries of GitHub's API do not wait in tests.
    LADDER_LINT_RETRY_DELAY_SCALE: '0',
  };
  if (options.runnerTemp !== null) env.RUNNER_TEMP = options.runnerTemp ?? runner;
  if (options.repository !== null) env.GITHUB_REPOSITORY = options.repository ?? 'octo/ladder';
  // As the runner passes `with:` inputs: INPUT_ and the name in capitals, hyphens kept.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  let code = 0;
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run(process.execPath, [bundle], {
      cwd: repository.root,
      env,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    code = failed.code;
    stdout = failed.stdout;
    stderr = failed.stderr;
  }
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(paths.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1] ?? ''] = match[3] ?? '';
  return { code, stdout, stderr, outputs, summary: readFileSync(paths.summary, 'utf8') };
}

let repository: Repository;
let api: StandIn | undefined;

beforeAll(() => {
  cpSync(join(repoRoot, 'dist'), join(action, 'dist'), { recursive: true });
  repository = makeRepository();
});

afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('with a token that may write checks', () => {
  test('every one of 120 findings reaches the check run, in batches of at most 50', async () => {
    api = await startGitHubStandIn({ checksWritable: true });
    const result = await runAction(repository, api, { 'github-token': 'write-token', 'fail-on': 'error' });
    const checkRequests = api.requests.filter((request) =>
      request.path.startsWith('/repos/octo/ladder/check-runs'),
    );
    const batches = checkRequests.map(
      (request) => ((request.body?.output as { annotations?: unknown[] })?.annotations ?? []).length,
    );
    expect(checkRequests.map((request) => request.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
    expect(batches).toEqual([50, 50, 20, 0]);
    expect(checkRequests.every((request) => request.authorization === 'token write-token')).toBe(true);
    expect(checkRequests[0]?.body).toMatchObject({ name: 'ladder-lint', head_sha: repository.head });
    expect(checkRequests.at(-1)?.body).toMatchObject({ status: 'completed', conclusion: 'failure' });

    const annotations = checkRequests.flatMap(
      (request) =>
        (
          request.body?.output as {
            annotations?: Array<{ path: string; start_line: number; annotation_level: string }>;
          }
        )?.annotations ?? [],
    );
    const posted = annotations.map((annotation) => `${annotation.path}:${annotation.start_line}`);
    const firstItem = header(3).split('\n').length;
    const expected = [
      ...[0, 1, 2, 3, 4].map((index) => `team/L3-Engineer.md:${firstItem + index}`),
      ...repository.addedToL3.map((line) => `team/L3-Engineer.md:${line}`),
      ...Array.from({ length: 100 }, (_, index) => `team/L4-Engineer.md:${firstItem + index}`),
    ];
    expect(posted).toHaveLength(120);
    expect(new Set(posted)).toEqual(new Set(expected));
    // Errors first, those on changed lines before the 5 older ones in the changed L3 page.
    expect(posted.slice(0, 20)).toEqual([...expected.slice(5, 20), ...expected.slice(0, 5)]);
    expect(annotations.filter((annotation) => annotation.annotation_level === 'failure')).toHaveLength(20);

    // The one finding in a page the pull request did not touch is counted, not shown.
    expect(result.outputs).toMatchObject({ errors: '20', warnings: '100' });
    expect(result.summary).toContain('1 more finding in pages this pull request did not change is not shown');
    // The progression table of the track the change touched, and not of the untouched one.
    // The summary ends with what the run read; the progression tables come before it.
    expect(result.summary).toMatch(/\n3 files checked: 3 level pages in 2 tracks, 0 other files\n$/);
    const progression = result.summary.slice(
      result.summary.indexOf('### Progression of the tracks'),
      result.summary.lastIndexOf('3 files checked'),
    );
    expect(progression).toMatch(/\| L3 \|[^\n]*\n\| L4 \|/);
    expect(progression).not.toContain('other');
    expect(result.code).toBe(1);
    // With a check run, the step itself emits no annotation commands.
    expect(result.stdout).not.toMatch(/^::(error|warning) /m);
  }, 60_000);

  test('without GITHUB_REPOSITORY, the check run goes to the repository the event names', async () => {
    api = await startGitHubStandIn({ checksWritable: true });
    const result = await runAction(repository, api, { 'github-token': 'write-token' }, { repository: null });
    const checkRequests = api.requests.filter((request) => request.path.startsWith('/repos/'));
    expect(
      checkRequests.map((request) => `${request.method} ${request.path.replace(/\/\d+$/, '/:id')}`),
    ).toEqual([
      'POST /repos/octo/ladder/check-runs',
      'PATCH /repos/octo/ladder/check-runs/:id',
      'PATCH /repos/octo/ladder/check-runs/:id',
      'PATCH /repos/octo/ladder/check-runs/:id',
    ]);
    expect(result.stdout).not.toMatch(/^::(error|warning) /m);
  }, 60_000);
});

function workflowCommands(stdout: string) {
  return [...stdout.matchAll(/^::(error|warning) file=([^,\n]*),line=(\d+),/gm)].map((match) => ({
    level: match[1],
    file: match[2],
    line: Number(match[3]),
  }));
}

describe('with a read-only token, as on a pull request from a fork', () => {
  test('at most 10 errors and 10 warnings are annotated, in-diff errors first, and the rest are counted', async () => {
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction(repository, api, {
      'github-token': 'read-only-token',
      'fail-on': 'warning',
    });
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/octo/ladder/check-runs',
    ]);
    const commands = workflowCommands(result.stdout);
    const errors = commands.filter((command) => command.level === 'error');
    const warnings = commands.filter((command) => command.level === 'warning');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    // All ten errors are on lines the pull request added, not the older ones in the same page.
    for (const error of errors) {
      expect(error.file).toBe('team/L3-Engineer.md');
      expect(repository.addedToL3).toContain(error.line);
    }
    expect(result.stdout).toContain('the other 100 are listed in this step');
    expect(result.summary).toContain('the other 100 are listed');
    expect(result.summary).toContain(
      '**20 errors and 100 warnings** in the pages this pull request changed.',
    );
    // Nothing dropped silently: the log lists every finding.
    expect(result.stdout.match(/^team\/L[34]-Engineer\.md:\d+:\d+ {2}(error|warning)/gm)).toHaveLength(120);
    expect(result.outputs).toMatchObject({ errors: '20', warnings: '100' });
    expect(result.code).toBe(1);
  }, 60_000);

  test('fail-on never: the same findings, and the step passes', async () => {
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction(repository, api, {
      'github-token': 'read-only-token',
      'fail-on': 'never',
      annotations: 'none',
    });
    expect(api.requests).toEqual([]);
    expect(workflowCommands(result.stdout)).toEqual([]);
    expect(result.outputs).toMatchObject({ errors: '20', warnings: '100' });
    const findings = JSON.parse(readFileSync(result.outputs['findings-json'] ?? '', 'utf8')) as unknown[];
    expect(findings).toHaveLength(120);
    expect(result.code).toBe(0);
  }, 60_000);

  test('bad input values stop the step with exit code 2 and say which input', async () => {
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction(repository, api, { 'fail-on': 'sometimes' });
    expect(result.stdout).toContain(
      '::error::The "fail-on" input must be one of error, warning, never; got "sometimes".',
    );
    expect(result.code).toBe(2);
  }, 60_000);
});

test('a shallow clone without the base commit: the changed lines come from the pull-request files API', async () => {
  const firstItem = header(3).split('\n').length;
  // L3 only, as the API would list it: the added lines in a patch with context around them.
  const patch = [
    `@@ -${firstItem + 6},2 +${firstItem + 6},17 @@`,
    ' - I finished task number 1.',
    ' - I finished task number 2.',
    ...doubled(15, 100)
      .trimEnd()
      .split('\n')
      .map((line) => `+${line}`),
  ].join('\n');
  api = await startGitHubStandIn({
    checksWritable: false,
    pullRequestFiles: [{ filename: 'team/L3-Engineer.md', status: 'modified', patch }],
  });
  const shallow = { ...repository, base: '1'.repeat(40) };
  const result = await runAction(shallow, api, { 'github-token': 'read-only-token', annotations: 'none' });
  expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
    'GET /repos/octo/ladder/pulls/7/files?per_page=100',
  ]);
  // L3's 20 errors (15 on the listed lines); L4 and the other page are not in the listed change.
  const findings = JSON.parse(readFileSync(result.outputs['findings-json'] ?? '', 'utf8')) as Array<{
    filePath: string;
    line: number;
    scope: string;
  }>;
  expect(
    findings.filter((finding) => finding.scope === 'changed-line').map((finding) => finding.line),
  ).toEqual(repository.addedToL3);
  expect(result.outputs).toMatchObject({ errors: '20', warnings: '0' });
}, 60_000);

test('spell-checking works inside the bundle: its dictionaries are found at run time', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-spelling-'));
  writeFileSync(join(root, '.ladderlintrc.json'), JSON.stringify(onlyRules(['ladder-spelling'])));
  writeFileSync(join(root, 'L2-Engineer.md'), `${header(2)}- I remove inefficiences in our deploys.\n`);
  api = await startGitHubStandIn({ checksWritable: false });
  const result = await runAction({ root, base: '', head: '', addedToL3: [] }, api, {
    annotations: 'workflow-commands',
    'only-changed': 'false',
    'sarif-file': 'ladder-lint.sarif',
  });
  expect(result.stdout).toContain('"inefficiences" looks misspelled; did you mean "inefficiencies"?');
  expect(workflowCommands(result.stdout)).toEqual([{ level: 'error', file: 'L2-Engineer.md', line: 12 }]);
  const sarif = JSON.parse(readFileSync(join(root, 'ladder-lint.sarif'), 'utf8')) as {
    runs: Array<{ results: Array<{ ruleId: string }> }>;
  };
  expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toEqual(['ladder-spelling']);
  expect(result.outputs['sarif-file']).toBe(join(root, 'ladder-lint.sarif'));
}, 60_000);

describe('the dictionaries beside the bundle', () => {
  const dictionaries = join(repoRoot, 'dist', 'node_modules');

  test('are every one prose uses: a word each of them alone knows passes, and the common misspellings are flagged', async () => {
    // Nothing above the bundle's copy holds packages it could fall back on.
    const above = [];
    for (let folder = action; folder !== dirname(folder); folder = dirname(folder))
      above.push(dirname(folder));
    expect(above.filter((folder) => existsSync(join(folder, 'node_modules')))).toEqual([]);
    const root = mkdtempSync(join(tmpdir(), 'ladder-lint-dictionaries-'));
    writeFileSync(join(root, '.ladderlintrc.json'), JSON.stringify(onlyRules(['ladder-spelling'])));
    // One word known only to each dictionary package cspell enables for prose: American English
    // (color), British English, accepted in an en-US ladder (colour, behaviour), the common
    // misspellings (programing, known to the dictionaries, is always wrong), companies (Airbnb),
    // software terms (Kerberos, Jupyter, Bitbucket, Ansible, Mailgun), AWS (Cognito),
    // cryptocurrencies (Coinbase), licences (Beerware) and file types (dockerignore).
    const lines = [
      '- I remove inefficiences in our deploys.',
      '- I pick the color of the dashboards, and the colour of the team’s behaviour.',
      '- I read the programing guides.',
      '- I moved Kerberos logins, Jupyter notebooks and Mailgun off Bitbucket onto Ansible.',
      '- I review Cognito, Airbnb, Coinbase and Beerware terms, and the dockerignore file.',
    ];
    writeFileSync(join(root, 'L2-Engineer.md'), `${header(2)}${lines.join('\n')}\n`);
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction({ root, base: '', head: '', addedToL3: [] }, api, {
      annotations: 'workflow-commands',
      'only-changed': 'false',
    });
    expect(result.stderr).toBe('');
    const findings = JSON.parse(readFileSync(result.outputs['findings-json'] ?? '', 'utf8')) as Array<{
      line: number;
      column: number;
      message: string;
    }>;
    const firstLine = header(2).split('\n').length;
    expect(findings.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      {
        line: firstLine,
        column: 12,
        message:
          '"inefficiences" looks misspelled; did you mean "inefficiencies"? If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.',
      },
      {
        line: firstLine + 2,
        column: 14,
        message:
          '"programing" looks misspelled; did you mean "programming"? If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.',
      },
    ]);
  }, 60_000);

  test('are only those prose uses, and cspell’s default settings import exactly them', () => {
    const packages = readdirSync(join(dictionaries, '@cspell')).sort();
    expect(readdirSync(dictionaries)).toEqual(['@cspell']);
    // No dictionary of a programming language (dict-cpp, dict-golang, dict-latex…): prose never uses them.
    expect(packages).toEqual([
      'cspell-bundled-dicts',
      'dict-aws',
      'dict-companies',
      'dict-cryptocurrencies',
      'dict-en-common-misspellings',
      'dict-en-gb-mit',
      'dict-en_us',
      'dict-filetypes',
      'dict-public-licenses',
      'dict-software-terms',
    ]);
    // cspell-lib reads cspell-default.json, which imports cspell-default.config.js: an import of a
    // package that is not there would be searched for on every run, in global folders too.
    const defaults = join(dictionaries, '@cspell/cspell-bundled-dicts/cspell-default.config.js');
    const imports = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const { default: settings } = await import(${JSON.stringify(pathToFileURL(defaults).href)});
           console.log(JSON.stringify(settings.import));`,
        ],
        { encoding: 'utf8' },
      ),
    ) as string[];
    expect(
      imports.map((ref) => ref.replace(/^@cspell\/(dict-[^/]+)\/cspell-ext\.json$/, '$1')).sort(),
    ).toEqual(packages.filter((name) => name.startsWith('dict-')));
    for (const ref of imports) expect(existsSync(join(dictionaries, ref))).toBe(true);
  });
});

/** A git repository of these pages, committed; returns the commit. */
function commitPages(root: string, pages: Record<string, string>, message: string): string {
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

function newRepository(rules: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-action-'));
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'Test');
  writeFileSync(join(root, '.ladderlintrc.json'), JSON.stringify(onlyRules(rules)));
  return root;
}

/** The check run the stand-in holds, posted lines as `path:line`. */
function onlyCheckRun(standIn: StandIn) {
  expect(standIn.rejected).toEqual([]);
  expect(standIn.checkRuns.size).toBe(1);
  const checkRun = [...standIn.checkRuns.values()][0] as CheckRunState;
  return { ...checkRun, posted: checkRun.annotations.map((item) => `${item.path}:${item.start_line}`) };
}

const stackTrace = /\n {4}at /;

test('a changed page whose name has a space is seen as changed in a full clone', async () => {
  const root = newRepository(['ladder-doubled-word']);
  const page = 'team/L4 - Lead Cloud Engineer.md';
  const before = header(4) + clean(3);
  const base = commitPages(root, { [page]: before }, 'base');
  const head = commitPages(root, { [page]: before + doubled(2) }, 'two typos');
  const added = before.split('\n').length;
  api = await startGitHubStandIn({ checksWritable: true });
  const result = await runAction({ root, base, head, addedToL3: [] }, api, { 'github-token': 'write-token' });
  const checkRun = onlyCheckRun(api);
  expect(checkRun.posted).toEqual([`${page}:${added}`, `${page}:${added + 1}`]);
  expect(checkRun).toMatchObject({ headSha: head, status: 'completed', conclusion: 'failure' });
  expect(result.outputs).toMatchObject({ errors: '2', warnings: '0' });
  expect(result.code).toBe(1);
}, 60_000);

test('the runner-rules reader finds commands where the runner does, and none while stopped', () => {
  const output = [
    '   ::add-mask::hunter2',
    'team/a.md:1:1  error  ##[error]fake',
    'plain :: text, and ::not-a-command::',
    '::stop-commands::t0ken',
    '::error::hidden',
    'x ##[warning]hidden too',
    '::T0KEN::',
    '::warning file=a%2Cb.md,line=3::shown%0Aagain',
  ].join('\r\n');
  expect(runnerCommands(output).map(({ command, properties, data }) => [command, properties, data])).toEqual([
    ['add-mask', {}, 'hunter2'],
    ['error', {}, 'fake'],
    ['stop-commands', {}, 't0ken'],
    ['T0KEN', {}, ''],
    ['warning', { file: 'a,b.md', line: '3' }, 'shown\nagain'],
  ]);
});

test('hostile file names and headings become no workflow command, read by the runner’s rules', async () => {
  const root = newRepository(['ladder-doubled-word', 'ladder-title']);
  const hostileNames = [
    '  ::add-mask::hunter2 notes.md',
    'notes ##[error]fake annotation.md',
    '::stop-commands::pause.md',
    '\t::warning file=x.md,line=1::fake.md',
  ];
  const pages: Record<string, string> = {
    'L2-Engineer.md': `# ##[add-mask]hunter2 ##[error]fake\n\n- I finished the the task.\n`,
  };
  for (const name of hostileNames) pages[name] = `Some notes.\n\n- I wrote the the notes.\n`;
  const head = commitPages(root, pages, 'hostile');
  api = await startGitHubStandIn({ checksWritable: false });
  const result = await runAction({ root, base: '', head, addedToL3: [] }, api, {
    'github-token': 'read-only-token',
    'only-changed': 'false',
  });
  // The hostile text is in the log, as text.
  expect(result.stdout).toContain('# L2: ##[add-mask]hunter2 ##[error]fake');
  expect(result.stdout).toContain(`\n${hostileNames[0]}:3:11  error`);

  const commands = runnerCommands(result.stdout + result.stderr);
  const token = commands.find((command) => command.command === 'stop-commands')?.data ?? '';
  expect(token).toMatch(/^[0-9a-f]{32}$/);
  // Only what the Action meant: its 6 annotations, the log's group, and the stop and resume around it.
  expect(commands.map((command) => command.command)).toEqual([
    ...Array<string>(6).fill('error'),
    'group',
    'stop-commands',
    token,
    'endgroup',
  ]);
  // Each annotation names the file it is about, exactly, whatever its name holds.
  expect(
    commands
      .filter((command) => command.command === 'error')
      .map((command) => `${command.properties.file}:${command.properties.line}`)
      .sort(),
  ).toEqual([...hostileNames.map((name) => `${name}:3`), 'L2-Engineer.md:1', 'L2-Engineer.md:3'].sort());
  expect(result.outputs).toMatchObject({ errors: '6' });
}, 60_000);

describe('when GitHub’s API fails part way', () => {
  const annotating = (request: RecordedRequest) =>
    request.path.includes('/check-runs') &&
    ((request.body?.output as { annotations?: unknown[] } | undefined)?.annotations ?? []).length > 0;

  test('a 502 and a secondary rate limit are retried, and every finding still reaches the check run', async () => {
    let failures = 0;
    api = await startGitHubStandIn({
      checksWritable: true,
      fault: (request, index) => {
        if (!annotating(request) || request.method !== 'PATCH' || failures >= 2) return undefined;
        failures++;
        return failures === 1
          ? { status: 502, message: 'Server Error' }
          : {
              status: 403,
              headers: { 'retry-after': '60' },
              message: `You have exceeded a secondary rate limit (request ${index}).`,
            };
      },
    });
    const result = await runAction(repository, api, { 'github-token': 'write-token' });
    const checkRun = onlyCheckRun(api);
    expect(checkRun.posted).toHaveLength(120);
    expect(checkRun).toMatchObject({ status: 'completed', conclusion: 'failure' });
    // The first update failed twice, and was sent a third time.
    expect(api.requests.map((request) => request.method)).toEqual([
      'POST',
      'PATCH',
      'PATCH',
      'PATCH',
      'PATCH',
      'PATCH',
    ]);
    expect(result.stdout).not.toMatch(/^::(error|warning) /m);
    expect(result.code).toBe(1);
  }, 60_000);

  test('a 502 that lasts: the check run says what it lacks, and the step falls back to annotations and the summary', async () => {
    api = await startGitHubStandIn({
      checksWritable: true,
      fault: (request) =>
        request.method === 'PATCH' &&
        annotating(request) &&
        (request.body?.output as { annotations: unknown[] }).annotations.length === 20
          ? { status: 502, message: 'Server Error' }
          : undefined,
    });
    const result = await runAction(repository, api, { 'github-token': 'write-token' });
    // Tried once, and again after each of the 3 waits of the backoff.
    expect(api.requests.filter(annotating)).toHaveLength(2 + 4);
    const checkRun = onlyCheckRun(api);
    expect(checkRun.posted).toHaveLength(100);
    expect(checkRun).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(checkRun.summary).toMatch(
      /^\*\*GitHub's API failed part way \(Server Error[^)]*\), so only 100 of 120 findings are annotated here\.\*\*/,
    );
    expect(workflowCommands(result.stdout)).toHaveLength(20);
    expect(result.summary).toContain(
      'only 100 of 120 findings reached it, so findings are shown as annotations of this step.',
    );
    expect(result.summary).toContain(
      '**20 errors and 100 warnings** in the pages this pull request changed.',
    );
    expect(result.stdout).not.toMatch(stackTrace);
    expect(result.code).toBe(1);
  }, 60_000);
});

test('on a merge commit, the head commit is linted and the change is read from the merge base', async () => {
  const root = newRepository(['ladder-doubled-word']);
  const page = 'team/L3-Engineer.md';
  const start = header(3) + clean(5);
  commitPages(root, { [page]: start }, 'base');
  git(root, 'checkout', '-q', '-b', 'feature');
  const head = commitPages(
    root,
    { [page]: `${start}- I fixed the the bug.\n` },
    'a typo in the pull request',
  );
  const typoLine = start.split('\n').length;
  git(root, 'checkout', '-q', 'main');
  // main moves on: two lines above, one of them a typo the pull request never made.
  const main = commitPages(
    root,
    { [page]: start.replace('## Skills\n\n', '## Skills\n\n- I read the the docs.\n- I wrote tests.\n') },
    'main moves on',
  );
  git(root, 'merge', '-q', '--no-ff', '--no-edit', 'feature');
  const merge = git(root, 'rev-parse', 'HEAD');
  git(root, 'checkout', '-q', '--detach', merge);
  api = await startGitHubStandIn({ checksWritable: true });
  const result = await runAction(
    { root, base: main, head, addedToL3: [] },
    api,
    { 'github-token': 'write-token' },
    { sha: merge },
  );
  const checkRun = onlyCheckRun(api);
  expect(checkRun.headSha).toBe(head);
  expect(checkRun.posted).toEqual([`${page}:${typoLine}`]);
  expect(result.outputs).toMatchObject({ errors: '1', warnings: '0' });
  expect(result.stdout).toContain(`ladder-lint checks the pull request's head commit ${head.slice(0, 7)}`);
  // The checkout is left as it was.
  expect(git(root, 'rev-parse', 'HEAD')).toBe(merge);
  expect(git(root, 'status', '--porcelain')).toBe('');
}, 60_000);

describe('a step that checks nothing fails', () => {
  test('a paths input that names nothing', async () => {
    api = await startGitHubStandIn({ checksWritable: true });
    const result = await runAction(repository, api, {
      'github-token': 'write-token',
      paths: 'ladder/, team/',
    });
    expect(result.stdout).toContain(
      '::error::The "paths" input names nothing to check: "ladder/" (No file or folder has this name. Check the path you gave ladder-lint.) Paths are read from the repository\'s root.',
    );
    expect(api.requests).toEqual([]);
    expect(result.code).toBe(2);
  }, 60_000);

  test('a folder without a Markdown page', async () => {
    const root = newRepository(['ladder-doubled-word']);
    const head = commitPages(root, { 'src/notes.txt': 'not a page\n' }, 'no pages');
    api = await startGitHubStandIn({ checksWritable: true });
    const result = await runAction({ root, base: '', head, addedToL3: [] }, api, { paths: 'src' });
    expect(result.stdout).toContain(
      '::error::ladder-lint found no Markdown page to check in src, so it checked nothing. Set the "paths" input to the folders or files that hold the ladder.',
    );
    expect(result.code).toBe(2);
  }, 60_000);
});

test('with very many findings, the check run summary ends with whole tables and says what it left out', async () => {
  const root = newRepository(['ladder-doubled-word']);
  const pages: Record<string, string> = {};
  for (let index = 0; index < 300; index++)
    pages[`notes/${String(index).padStart(3, '0')}-${'a-very-long-page-name-'.repeat(9)}.md`] = doubled(1);
  const head = commitPages(root, pages, 'many pages');
  api = await startGitHubStandIn({ checksWritable: true });
  const result = await runAction({ root, base: '', head, addedToL3: [] }, api, {
    'github-token': 'write-token',
    'only-changed': 'false',
  });
  const { summary } = onlyCheckRun(api);
  expect(summary.length).toBeLessThanOrEqual(65_535);
  expect(summary).toMatch(/\n300 files checked: 0 level pages in 0 tracks, 300 other files\n$/);
  expect(summary).toMatch(
    /\nAnd \d+ more files with \d+ errors and 0 warnings: a summary holds no more rows\./,
  );
  expect(summary).toMatch(/\nShowing \d+ of 301 findings, the most important first/);
  for (const row of summary.split('\n').filter((line) => line.startsWith('|'))) expect(row).toMatch(/ \|$/);
  expect(result.code).toBe(1);
}, 120_000);

describe('findings-json', () => {
  test('two ladder-lint steps in one job each keep their own file', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ladder-lint-runner-'));
    api = await startGitHubStandIn({ checksWritable: false });
    const first = await runAction(repository, api, { annotations: 'none', paths: 'other' }, { runnerTemp });
    const second = await runAction(repository, api, { annotations: 'none', paths: 'team' }, { runnerTemp });
    const first_ = first.outputs['findings-json'] ?? '';
    const second_ = second.outputs['findings-json'] ?? '';
    expect(first_.startsWith(runnerTemp)).toBe(true);
    expect(second_.startsWith(runnerTemp)).toBe(true);
    expect(first_).not.toBe(second_);
    expect(JSON.parse(readFileSync(first_, 'utf8'))).toHaveLength(0);
    expect(JSON.parse(readFileSync(second_, 'utf8'))).toHaveLength(120);
  }, 60_000);

  test('without RUNNER_TEMP it is written to the system’s temporary folder, not the workspace', async () => {
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction(repository, api, { annotations: 'none' }, { runnerTemp: null });
    const path = result.outputs['findings-json'] ?? '';
    expect(path.startsWith(join(tmpdir(), 'ladder-lint-'))).toBe(true);
    expect(path.startsWith(repository.root)).toBe(false);
    expect(git(repository.root, 'status', '--porcelain')).toBe('');
  }, 60_000);
});

describe('the lint cache', () => {
  /** Every file and folder under a folder, from it, sorted. */
  const listed = (folder: string) => (readdirSync(folder, { recursive: true }) as string[]).sort();

  test('cache true: the first run writes the file, the second uses it as it is, and the findings are the same as without it', async () => {
    const location = join(mkdtempSync(join(tmpdir(), 'ladder-lint-cache-')), 'kept', 'cache-file');
    api = await startGitHubStandIn({ checksWritable: false });
    const inputs = { annotations: 'none', 'only-changed': 'false' };
    const without = await runAction(repository, api, inputs);
    const first = await runAction(repository, api, { ...inputs, cache: 'true', 'cache-location': location });
    expect(first.stderr).toBe('');
    const written = statSync(location);
    const bytes = readFileSync(location);
    const second = await runAction(repository, api, { ...inputs, cache: 'true', 'cache-location': location });
    expect(second.stderr).toBe('');
    const findings = (result: ActionRun) => readFileSync(result.outputs['findings-json'] ?? '', 'utf8');
    expect(JSON.parse(findings(without))).toHaveLength(121);
    expect(findings(first)).toBe(findings(without));
    expect(findings(second)).toBe(findings(without));
    expect([first.code, second.code]).toEqual([without.code, without.code]);
    // A run that checks any page again writes a new file over the cache (a new inode): this one
    // found every page in it, and left it as it was.
    const kept = statSync(location);
    expect([kept.ino, kept.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
    expect(readFileSync(location).equals(bytes)).toBe(true);
    expect(git(repository.root, 'status', '--porcelain')).toBe('');
  }, 120_000);

  test('a cache input that is not true or false stops the step and says so', async () => {
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction(repository, api, { cache: 'maybe' });
    expect(result.stdout).toContain('::error::The "cache" input must be true or false; got "maybe".');
    expect(result.code).toBe(2);
  }, 60_000);

  test('a cache-location whose folder cannot be made stops the step and says which input', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ladder-lint-cache-')), 'a-file');
    writeFileSync(file, '');
    const location = join(file, 'cache');
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction(repository, api, { cache: 'true', 'cache-location': location });
    expect(result.stdout).toMatch(
      /^::error::The "cache-location" input names \S+\/a-file\/cache, whose folder could not be made \(EEXIST: file already exists, mkdir '\S+\/a-file'\)\. Give a file in a folder this step may write, or leave "cache-location" out/m,
    );
    expect(result.code).toBe(2);
  }, 60_000);

  test('by default no cache file is written, in the workspace or the runner’s temporary folder', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ladder-lint-runner-'));
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction(repository, api, { annotations: 'none' }, { runnerTemp });
    const findingsJson = result.outputs['findings-json'] ?? '';
    expect(listed(runnerTemp)).toEqual([
      relative(runnerTemp, dirname(findingsJson)),
      relative(runnerTemp, findingsJson),
    ]);
    expect(git(repository.root, 'status', '--porcelain', '--ignored')).toBe('');
  }, 60_000);

  test('"cache": true in the configuration keeps the cache in the runner’s temporary folder, not the workspace', async () => {
    const root = newRepository(['ladder-doubled-word']);
    writeFileSync(
      join(root, '.ladderlintrc.json'),
      JSON.stringify({ ...onlyRules(['ladder-doubled-word']), cache: true }),
    );
    const head = commitPages(root, { 'team/L3-Engineer.md': header(3) + doubled(2) }, 'a page');
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ladder-lint-runner-'));
    api = await startGitHubStandIn({ checksWritable: false });
    const result = await runAction(
      { root, base: '', head, addedToL3: [] },
      api,
      { annotations: 'none' },
      { runnerTemp },
    );
    expect(result.outputs).toMatchObject({ errors: '2', warnings: '0' });
    expect(listed(runnerTemp)).toContain('ladder-lint-cache');
    expect(git(root, 'status', '--porcelain', '--ignored')).toBe('');
  }, 60_000);
});

test('an unreadable event stops the step with exit code 2 and says what is wrong', async () => {
  api = await startGitHubStandIn({ checksWritable: true });
  const result = await runAction(
    repository,
    api,
    { 'github-token': 'write-token' },
    { eventText: '{"pull_request": ' },
  );
  expect(result.stdout).toMatch(
    /^::error::ladder-lint could not read the event that started this workflow: \S+event\.json is not valid JSON \([^)]+\)\. GitHub writes this file/m,
  );
  expect(result.stdout + result.stderr).not.toMatch(stackTrace);
  expect(result.code).toBe(2);
}, 60_000);

test('a config input that names no file says so, in the input’s own name', async () => {
  api = await startGitHubStandIn({ checksWritable: true });
  const result = await runAction(repository, api, { config: 'ladder/missing.json' });
  expect(result.stdout).toContain(
    `::error::The "config" input names ladder/missing.json, which does not exist in ${repository.root}.`,
  );
  expect(result.stdout).not.toContain('--config');
  expect(result.code).toBe(2);
}, 60_000);
test('a page that links out of the repository is one annotation, and nothing it points at is published', async () => {
  const base = mkdtempSync(join(tmpdir(), 'ladder-lint-leak-'));
  // The runner's files, next to the workspace: what a fork's pull request would point a page at.
  writeFileSync(join(base, 'environ'), '# L9: Zyxwvsecret\n\nThe the zyxwvtoken nologin.\n');
  const root = join(base, 'workspace');
  mkdirSync(root);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'Test');
  mkdirSync(join(root, 'team'));
  writeFileSync(join(root, 'team', 'L2-Engineer.md'), `${header(2)}- I finished the the task.\n`);
  symlinkSync(join(base, 'environ'), join(root, 'team', 'L3-Engineer.md'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'a link out');
  const head = git(root, 'rev-parse', 'HEAD');
  const leaked = (text: string) => /zyxwv|nologin/i.test(text);
  for (const checksWritable of [true, false]) {
    api = await startGitHubStandIn({ checksWritable });
    const result = await runAction({ root, base: '', head, addedToL3: [] }, api, {
      'github-token': 'token',
      'only-changed': 'false',
      'sarif-file': 'ladder-lint.sarif',
    });
    const published = [
      JSON.stringify(api.requests),
      result.stdout,
      result.summary,
      JSON.stringify(result.outputs),
      readFileSync(result.outputs['findings-json'] ?? '', 'utf8'),
      readFileSync(join(root, 'ladder-lint.sarif'), 'utf8'),
    ];
    expect(published.filter(leaked)).toEqual([]);
    const findings = JSON.parse(readFileSync(result.outputs['findings-json'] ?? '', 'utf8')) as Array<{
      filePath: string;
      ruleId: string;
      message: string;
    }>;
    expect(findings.filter((finding) => finding.filePath === 'team/L3-Engineer.md')).toEqual([
      expect.objectContaining({
        ruleId: 'file-unreadable',
        message:
          'This is a symbolic link to a file outside the folder being checked, so it was not read. Copy the page into the folder, or delete the link.',
      }),
    ]);
    const annotated = checksWritable
      ? api.requests.flatMap(
          (request) =>
            (request.body?.output as { annotations?: Array<{ path: string; message: string }> })
              ?.annotations ?? [],
        )
      : workflowCommands(result.stdout).map(({ file }) => ({ path: file }));
    expect(annotated.filter((annotation) => annotation.path === 'team/L3-Engineer.md')).toHaveLength(1);
    await api.close();
    api = undefined;
  }
}, 120_000);
