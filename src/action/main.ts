import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { ConfigError } from '../config/load-config.ts';
import { boundHeapForLargeRuns } from '../engine/speed/index.ts';
import { lintFiles } from '../engine/lint.ts';
import { engineRuleIds, type LintRun } from '../findings/types.ts';
import { workflowCommand } from '../reporters/github.ts';
import { formatSarif } from '../reporters/sarif.ts';
import { suggestionText } from '../reporters/suggestion.ts';
import {
  type Changes,
  changesFromGit,
  changesFromPullRequestFiles,
  commitInClone,
  type PullRequestFile,
  pullRequestFilesCap,
  writeCommitFiles,
} from './changes.ts';
import {
  CheckRunFailed,
  defaultRetryPolicy,
  NoPermission,
  postCheckRun,
  type RetryPolicy,
  withRetries,
} from './check-run.ts';
import { type Finding, placeFindings } from './select.ts';
import { runSummaryLine } from '../reporters/outline.ts';
import { checkRunSummaryBytes, jobSummaryBytes, type SummaryInput, summaryMarkdown } from './summary.ts';

/** GitHub shows at most this many error and this many warning annotations from one step. */
export const workflowCommandLimit = 10;

const choices = {
  'fail-on': ['error', 'warning', 'never'],
  annotations: ['auto', 'check-run', 'workflow-commands', 'none'],
} as const;

/** A step that cannot run as set up (an input, the event, the paths, the configuration): exit code 2. */
class SetupError extends Error {}

function choice<K extends keyof typeof choices>(name: K): (typeof choices)[K][number] {
  const value = core.getInput(name) || choices[name][0];
  if (!(choices[name] as readonly string[]).includes(value))
    throw new SetupError(`The "${name}" input must be one of ${choices[name].join(', ')}; got "${value}".`);
  return value as (typeof choices)[K][number];
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on'].includes(value)) return true;
  if (['false', 'no', 'off'].includes(value)) return false;
  throw new SetupError(`The "${name}" input must be true or false; got "${value}".`);
}

interface Event {
  name: string;
  payload: {
    pull_request?: { number: number; base: { sha: string }; head: { sha: string } };
    before?: string;
    after?: string;
  };
  owner: string;
  repo: string;
  sha: string;
}

/**
 * @actions/github, loaded only once the event file is known to be readable: it parses the file as
 * it loads, and an unreadable one would end the step with a stack trace instead of a message.
 */
const loadGitHub = () => import('@actions/github');

/** Checks the event file GitHub wrote to GITHUB_EVENT_PATH before @actions/github reads it. */
function checkEventFile(): void {
  const path = process.env.GITHUB_EVENT_PATH;
  const unreadable = (why: string) =>
    new SetupError(
      `ladder-lint could not read the event that started this workflow: ${why}. GitHub writes this file (named by GITHUB_EVENT_PATH) before the job starts; check that no earlier step changes or replaces it.`,
    );
  if (!path || !existsSync(path)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw unreadable(`${path} is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw unreadable(`${path} does not hold a JSON object`);
  const pullRequest = (parsed as { pull_request?: Partial<NonNullable<Event['payload']['pull_request']>> })
    .pull_request;
  if (
    pullRequest !== undefined &&
    (typeof pullRequest?.number !== 'number' ||
      typeof pullRequest.head?.sha !== 'string' ||
      typeof pullRequest.base?.sha !== 'string')
  )
    throw unreadable(`the pull request in ${path} has no number, head commit or base commit`);
}

/** The event that started the workflow, as @actions/github's context reads it. */
async function readEvent(): Promise<Event> {
  checkEventFile();
  const { context } = await loadGitHub();
  const payload = context.payload as Event['payload'];
  let repository = { owner: '', repo: '' };
  try {
    repository = context.repo;
  } catch {
    // Neither GITHUB_REPOSITORY nor the event names the repository: nothing to post a check run to.
  }
  return {
    // Unset outside a workflow, whatever its type says.
    name: context.eventName ?? '',
    payload,
    owner: repository.owner ?? '',
    repo: repository.repo ?? '',
    // A pull request's check run belongs on its head, not on the merge commit the workflow ran for.
    sha: payload.pull_request?.head.sha ?? context.sha ?? '',
  };
}

/** The step's inputs (`with:`), each checked. */
interface Inputs {
  failOn: (typeof choices)['fail-on'][number];
  annotations: (typeof choices)['annotations'][number];
  summary: boolean;
  onlyChanged: boolean;
  token: string;
  paths: string[];
  /** The configuration file, from the repository's root; empty to look upward from the pages. */
  configFile: string;
  sarifFile: string;
  /** The lint cache forced on by the `cache` input; otherwise the configuration's `cache` key decides. */
  cache: boolean;
  /** The cache file, absolute: never in the workspace unless the `cache-location` input puts it there. */
  cacheLocation: string;
}

function readInputs(event: Event, cwd: string): Inputs {
  const configFile = core.getInput('config');
  const inputs: Inputs = {
    failOn: choice('fail-on'),
    annotations: choice('annotations'),
    summary: flag('summary', true),
    onlyChanged: flag('only-changed', event.name === 'pull_request' || event.name === 'pull_request_target'),
    token: core.getInput('github-token'),
    paths: core
      .getInput('paths')
      .split(/[\n,]/)
      .map((path) => path.trim())
      .filter(Boolean),
    configFile,
    sarifFile: core.getInput('sarif-file'),
    cache: flag('cache', false),
    // The runner's temporary folder is emptied after each job: only actions/cache (as the reusable
    // workflow uses it) carries the file to the next run. Outside the workspace, so that the cache
    // is never committed, linted or uploaded with the checkout.
    cacheLocation: resolve(
      cwd,
      core.getInput('cache-location').trim() ||
        join(process.env.RUNNER_TEMP || tmpdir(), 'ladder-lint-cache'),
    ),
  };
  if (configFile && !existsSync(resolve(cwd, configFile)))
    throw new SetupError(
      `The "config" input names ${configFile}, which does not exist in ${cwd}. Give the configuration file's path from the repository's root, or leave "config" out to use the .ladderlintrc.json found from the checked pages upward.`,
    );
  if (inputs.cache)
    try {
      mkdirSync(dirname(inputs.cacheLocation), { recursive: true });
    } catch (error) {
      throw new SetupError(
        `The "cache-location" input names ${inputs.cacheLocation}, whose folder could not be made (${(error as Error).message}). Give a file in a folder this step may write, or leave "cache-location" out to keep the cache in the runner's temporary folder.`,
      );
    }
  return inputs;
}

/** Retries of GitHub's API; tests set LADDER_LINT_RETRY_DELAY_SCALE=0 so that they never wait. */
function retryPolicy(): RetryPolicy {
  const scale = Number.parseFloat(process.env.LADDER_LINT_RETRY_DELAY_SCALE ?? '');
  if (!Number.isFinite(scale) || scale < 0) return defaultRetryPolicy;
  return { ...defaultRetryPolicy, sleep: (milliseconds) => defaultRetryPolicy.sleep(milliseconds * scale) };
}

/** An API client whose every request is retried on GitHub's transient failures. */
async function octokitFor(token: string) {
  const { getOctokit } = await loadGitHub();
  const octokit = getOctokit(token);
  const policy = retryPolicy();
  octokit.hook.wrap('request', (request, options) => withRetries(async () => request(options), policy));
  return octokit;
}

async function changesFor(event: Event, cwd: string, token: string): Promise<Changes | undefined> {
  const pullRequest = event.payload.pull_request;
  const [base, head] = pullRequest
    ? [pullRequest.base.sha, pullRequest.head.sha]
    : [event.payload.before, event.payload.after];
  if (base && head && !/^0+$/.test(base)) {
    // A pull request's change is what it shows: from where its branch left the base, not from
    // the base branch's tip, which may have moved on since.
    const fromGit = await changesFromGit(cwd, base, head, pullRequest !== undefined);
    if (fromGit) return fromGit;
  }
  if (!pullRequest || !token) return undefined;
  // A shallow clone (actions/checkout's default) lacks the base commit: ask the API instead.
  try {
    const octokit = await octokitFor(token);
    const files = (await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: event.owner,
      repo: event.repo,
      pull_number: pullRequest.number,
      per_page: 100,
    })) as PullRequestFile[];
    if (files.length >= pullRequestFilesCap) {
      core.warning(
        `This pull request changes ${pullRequestFilesCap} files or more, more than GitHub's API lists, so ladder-lint reports findings in every page. Fetch the base commit (actions/checkout with fetch-depth: 0) to report only the changed ones.`,
      );
      return undefined;
    }
    return changesFromPullRequestFiles(files);
  } catch (error) {
    core.warning(
      `ladder-lint could not list the pull request's files (${(error as Error).message}), so it reports findings in every page.`,
    );
    return undefined;
  }
}

function emitWorkflowCommands(findings: readonly Finding[]): { shown: number; left: number } {
  const errors = findings.filter((finding) => finding.severity === 2).slice(0, workflowCommandLimit);
  const warnings = findings.filter((finding) => finding.severity === 1).slice(0, workflowCommandLimit);
  for (const finding of [...errors, ...warnings])
    process.stdout.write(`${workflowCommand(finding.filePath, finding)}\n`);
  return { shown: errors.length + warnings.length, left: findings.length - errors.length - warnings.length };
}

/**
 * Every finding, one a line. File names and page text come from whoever wrote the pull request,
 * and the runner reads a command in any line that starts with "::" after white space or holds
 * "##[" anywhere: the listing sits between ::stop-commands:: and a token no page can know, inside
 * which the runner reads no command but the one that ends the block.
 */
function logEveryFinding(findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  core.startGroup(`All ${findings.length} findings`);
  const token = randomBytes(16).toString('hex');
  process.stdout.write(`::stop-commands::${token}\n`);
  for (const finding of findings) {
    const severity = finding.severity === 2 ? 'error  ' : 'warning';
    const text = `${finding.filePath}:${finding.line}:${finding.column}  ${severity}  ${finding.message}${suggestionText(finding.expected)}  ${finding.ruleId}`;
    // The runner splits lines at CR as well as LF.
    process.stdout.write(`${text.replace(/\r\n|\r|\n/g, ' ')}\n`);
  }
  process.stdout.write(`::${token}::\n`);
  core.endGroup();
}

/**
 * The folder whose files are linted. On a pull_request, actions/checkout checks out the merge of
 * the pull request into its base, but the check run shows the pull request's head: lines counted
 * in the merge are off wherever the base changed the same page since, and what only the base
 * changed is no part of the pull request. When the clone has the head commit, its files are
 * written to a folder of their own and linted there.
 */
async function lintRootFor(
  event: Event,
  cwd: string,
  temporary: string,
): Promise<{ root: string; note?: string }> {
  const head = event.payload.pull_request?.head.sha;
  if (event.name !== 'pull_request' || !head) return { root: cwd };
  const checkedOut = await commitInClone(cwd, 'HEAD');
  if (!checkedOut || checkedOut === head) return { root: cwd };
  const short = head.slice(0, 7);
  if (!(await commitInClone(cwd, head)))
    return {
      root: cwd,
      note: `The checkout is not the pull request's head commit ${short} and the clone does not have it, so a line number can be off in a page the base branch also changed. Check out the head (actions/checkout with ref: \${{ github.event.pull_request.head.sha }}) or fetch the history (fetch-depth: 0).`,
    };
  const root = join(temporary, 'head');
  await writeCommitFiles(cwd, head, root);
  return {
    root,
    note: `ladder-lint checks the pull request's head commit ${short}, not the merge commit checked out, so that every line number is the one the pull request shows.`,
  };
}

/**
 * Lints the ladder from the folder that holds what the pull request shows (see lintRootFor); a
 * configuration that cannot be used, or a failure of ladder-lint itself, stops the step.
 */
async function lintLadder(
  inputs: Inputs,
  event: Event,
  cwd: string,
  temporary: string,
): Promise<{ run: LintRun; rootNote?: string }> {
  const { root, note: rootNote } = await lintRootFor(event, cwd, temporary);
  if (rootNote) core.info(rootNote);
  // Paths given from the workspace, as the runner's own folder names them, read from the root.
  const fromRoot = (path: string) => (isAbsolute(path) ? resolve(root, relative(cwd, path)) : path);
  try {
    const run = await lintFiles(inputs.paths.map(fromRoot), {
      cwd: root,
      onFilesFound: boundHeapForLargeRuns,
      // Only `cache: true` forces the cache on: with `false` (the default), `cache: true` in the
      // configuration still turns it on. Either way the file is where the inputs put it.
      ...(inputs.cache ? { cache: true } : {}),
      cacheLocation: inputs.cacheLocation,
      ...(inputs.configFile ? { configFile: resolve(root, inputs.configFile) } : {}),
    });
    return { run, ...(rootNote ? { rootNote } : {}) };
  } catch (error) {
    throw new SetupError(
      error instanceof ConfigError
        ? `ladder-lint: configuration error in ${error.message}`
        : `ladder-lint failed and could not check the ladder: ${(error as Error)?.stack ?? String(error)}`,
    );
  } finally {
    if (root !== cwd) rmSync(root, { recursive: true, force: true });
  }
}

/** A step that checked nothing must not pass: the paths are wrong, or name no Markdown page. */
function requireSomethingChecked(run: LintRun, paths: readonly string[]): void {
  const notFound = run.results.filter((result) =>
    result.messages.some((message) => message.ruleId === engineRuleIds.missing),
  );
  if (notFound.length > 0)
    throw new SetupError(
      `The "paths" input names nothing to check: ${notFound.map((result) => `"${result.filePath}" (${result.messages[0]?.message ?? ''})`).join('; ')} Paths are read from the repository's root.`,
    );
  if (run.results.length === 0)
    throw new SetupError(
      `ladder-lint found no Markdown page to check${paths.length > 0 ? ` in ${paths.join(', ')}` : ' in the repository'}, so it checked nothing. Set the "paths" input to the folders or files that hold the ladder.`,
    );
}

/** What the step reports: the findings the change touched, and whether they fail it. */
interface Report {
  reported: Finding[];
  /** Findings in pages the change did not touch. */
  notShown: number;
  errors: number;
  warnings: number;
  failed: boolean;
  /** "2 errors, 1 warning" */
  title: string;
  /** What the summaries show, but for how findings are annotated. */
  summary: Omit<SummaryInput, 'annotations'>;
}

function reportOf(run: LintRun, changes: Changes | undefined, failOn: Inputs['failOn']): Report {
  const placed = placeFindings(run.results, changes);
  const reported = placed.filter((finding) => finding.scope !== 'elsewhere');
  const notShown = placed.length - reported.length;
  const errors = reported.filter((finding) => finding.severity === 2).length;
  const warnings = reported.length - errors;
  const touchedTracks = changes
    ? new Set(run.pages.filter((page) => changes.files.has(page.path)).map((page) => page.track))
    : undefined;
  return {
    reported,
    notShown,
    errors,
    warnings,
    failed: failOn === 'error' ? errors > 0 : failOn === 'warning' ? reported.length > 0 : false,
    title: `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    summary: {
      reported,
      notShown,
      onlyChanged: changes !== undefined,
      pages: run.pages,
      readLine: runSummaryLine(run),
      config: run.config,
      ...(touchedTracks ? { touchedTracks } : {}),
    },
  };
}

/** The step's outputs: the counts, the findings as JSON and, when asked, SARIF. */
function writeOutputs(report: Report, run: LintRun, inputs: Inputs, cwd: string, temporary: string): void {
  const findingsJson = join(temporary, 'findings.json');
  writeFileSync(findingsJson, `${JSON.stringify(report.reported, null, 2)}\n`);
  core.setOutput('errors', report.errors);
  core.setOutput('warnings', report.warnings);
  core.setOutput('findings-json', findingsJson);
  if (inputs.sarifFile) {
    const sarifPath = resolve(cwd, inputs.sarifFile);
    writeFileSync(sarifPath, `${formatSarif(run.results)}\n`);
    core.setOutput('sarif-file', sarifPath);
  }
}

/**
 * Posts the findings to the "ladder-lint" check run. Returns what to say of it, and whether the
 * findings must be shown as the step's own annotations instead (no token or commit, no
 * permission, or GitHub's API failing).
 */
async function reportToCheckRun(
  report: Report,
  event: Event,
  token: string,
): Promise<{ note: string; instead: boolean }> {
  if (!token || !event.sha || !event.owner)
    return {
      note: 'No token or commit to post a check run to, so findings are shown as annotations of this step.',
      instead: true,
    };
  try {
    const summary = summaryMarkdown({ ...report.summary, annotations: '' }, checkRunSummaryBytes);
    const conclusion = report.failed ? 'failure' : report.reported.length > 0 ? 'neutral' : 'success';
    await postCheckRun(
      await octokitFor(token),
      { owner: event.owner, repo: event.repo, headSha: event.sha },
      report.reported,
      { title: `ladder-lint: ${report.title}`, summary },
      conclusion,
    );
    return {
      note: `All ${report.reported.length} findings are annotated on the pull request through the "ladder-lint" check run.`,
      instead: false,
    };
  } catch (error) {
    let note: string;
    if (error instanceof NoPermission)
      note =
        'The token may not write check runs (as for a pull request from a fork), so findings are shown as annotations of this step.';
    else if (error instanceof CheckRunFailed)
      note = `GitHub's API failed while ladder-lint posted the check run (${error.message}), even after retries: ${error.posted === 0 ? 'no finding' : `only ${error.posted} of ${report.reported.length} findings`} reached it, so findings are shown as annotations of this step.`;
    else throw error;
    core.info(`ladder-lint: ${note}`);
    return { note, instead: true };
  }
}

/** Annotates the findings with workflow commands, as many as GitHub shows; says how many. */
function reportAsWorkflowCommands(findings: readonly Finding[]): string {
  const { shown, left } = emitWorkflowCommands(findings);
  const note =
    left > 0
      ? `${shown} findings are annotated (GitHub shows at most ${workflowCommandLimit} errors and ${workflowCommandLimit} warnings per step, errors on changed lines first); ${left === 1 ? 'the other one is' : `the other ${left} are`} listed in this step's log and in the job summary.`
      : `All ${shown} findings are annotated.`;
  core.info(`ladder-lint: ${note}`);
  return note;
}

/** Annotates the findings as the `annotations` input says; returns what the job summary says of it. */
async function annotate(report: Report, inputs: Inputs, event: Event): Promise<string> {
  let note = '';
  let useCommands = inputs.annotations === 'workflow-commands';
  if (inputs.annotations === 'auto' || inputs.annotations === 'check-run') {
    const checkRun = await reportToCheckRun(report, event, inputs.token);
    note = checkRun.note;
    useCommands = checkRun.instead;
  }
  if (useCommands) note = [note, reportAsWorkflowCommands(report.reported)].filter(Boolean).join(' ');
  return note;
}

async function writeJobSummary(report: Report, notes: ReadonlyArray<string | undefined>): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const annotations = notes.filter(Boolean).join(' ');
  await core.summary.addRaw(summaryMarkdown({ ...report.summary, annotations }, jobSummaryBytes)).write();
}

/** The Action: lint the whole ladder, report what the change touched, fail as `fail-on` says. */
export async function runAction(): Promise<number> {
  const cwd = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  try {
    return await checkLadder(cwd);
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    core.error(error.message);
    return 2;
  }
}

async function checkLadder(cwd: string): Promise<number> {
  const event = await readEvent();
  const inputs = readInputs(event, cwd);
  // Unique to this step: two ladder-lint steps in one job never write over each other's files.
  const temporary = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'ladder-lint-'));
  const { run, rootNote } = await lintLadder(inputs, event, cwd, temporary);
  requireSomethingChecked(run, inputs.paths);

  const changes = inputs.onlyChanged ? await changesFor(event, cwd, inputs.token) : undefined;
  if (inputs.onlyChanged && !changes)
    core.info('ladder-lint reports findings in every page: the change could not be read.');
  const report = reportOf(run, changes, inputs.failOn);
  writeOutputs(report, run, inputs, cwd, temporary);
  const annotationNote = await annotate(report, inputs, event);
  logEveryFinding(report.reported);
  core.info(
    `ladder-lint: ${report.title}${report.notShown > 0 ? `, and ${report.notShown} in pages this change did not touch` : ''}.`,
  );
  if (inputs.summary) await writeJobSummary(report, [rootNote, annotationNote]);
  return report.failed ? 1 : 0;
}
