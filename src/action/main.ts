import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { ConfigError } from '../config/load-config.ts';
import { boundHeapForLargeRuns } from '../engine/large-run.ts';
import { type LintRun, lintFiles } from '../engine/lint.ts';
import { workflowCommand } from '../reporters/github.ts';
import { commandFreeText } from '../reporters/output-guard.ts';
import { formatSarif } from '../reporters/sarif.ts';
import { suggestionText } from '../reporters/suggestion.ts';
import {
  type Changes,
  changesFromGit,
  changesFromPullRequestFiles,
  type PullRequestFile,
  pullRequestFilesCap,
} from './changes.ts';
import { NoPermission, postCheckRun } from './check-run.ts';
import { type Finding, placeFindings } from './select.ts';
import { runSummaryLine } from '../reporters/outline.ts';
import { jobSummaryBytes, summaryMarkdown } from './summary.ts';

/** GitHub shows at most this many error and this many warning annotations from one step. */
export const workflowCommandLimit = 10;

const choices = {
  'fail-on': ['error', 'warning', 'never'],
  annotations: ['auto', 'check-run', 'workflow-commands', 'none'],
} as const;

class InputError extends Error {}

function choice<K extends keyof typeof choices>(name: K): (typeof choices)[K][number] {
  const value = core.getInput(name) || choices[name][0];
  if (!(choices[name] as readonly string[]).includes(value))
    throw new InputError(`The "${name}" input must be one of ${choices[name].join(', ')}; got "${value}".`);
  return value as (typeof choices)[K][number];
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on'].includes(value)) return true;
  if (['false', 'no', 'off'].includes(value)) return false;
  throw new InputError(`The "${name}" input must be true or false; got "${value}".`);
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

function readEvent(): Event {
  const path = process.env.GITHUB_EVENT_PATH;
  let payload: Event['payload'] = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Event['payload'];
    } catch {
      core.warning(`ladder-lint could not read the event payload at ${path}; it checks the whole ladder.`);
    }
  }
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    name: process.env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    sha: payload.pull_request?.head.sha ?? process.env.GITHUB_SHA ?? '',
  };
}

async function changesFor(event: Event, cwd: string, token: string): Promise<Changes | undefined> {
  const pullRequest = event.payload.pull_request;
  const [base, head] = pullRequest
    ? [pullRequest.base.sha, pullRequest.head.sha]
    : [event.payload.before, event.payload.after];
  if (base && head && !/^0+$/.test(base)) {
    const fromGit = await changesFromGit(cwd, base, head);
    if (fromGit) return fromGit;
  }
  if (!pullRequest || !token) return undefined;
  // A shallow clone (actions/checkout's default) lacks the base commit: ask the API instead.
  try {
    const octokit = getOctokit(token);
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

function logEveryFinding(findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  core.startGroup(`All ${findings.length} findings`);
  for (const finding of findings) {
    const severity = finding.severity === 2 ? 'error  ' : 'warning';
    // Written as plain text: no line of it may be a workflow command (see output-guard.ts).
    const text = `${finding.filePath}:${finding.line}:${finding.column}  ${severity}  ${finding.message}${suggestionText(finding.suggestions)}  ${finding.ruleId}`;
    core.info(commandFreeText(text.replace(/\r?\n|\r/g, ' ')));
  }
  core.endGroup();
}

/** The Action: lint the whole ladder, report what the change touched, fail as `fail-on` says. */
export async function runAction(): Promise<number> {
  const cwd = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  let failOn: (typeof choices)['fail-on'][number];
  let annotations: (typeof choices)['annotations'][number];
  let wantSummary: boolean;
  let onlyChanged: boolean;
  const event = readEvent();
  try {
    failOn = choice('fail-on');
    annotations = choice('annotations');
    wantSummary = flag('summary', true);
    onlyChanged = flag('only-changed', event.name === 'pull_request' || event.name === 'pull_request_target');
  } catch (error) {
    core.error((error as Error).message);
    return 2;
  }
  const token = core.getInput('github-token');
  const paths = core
    .getInput('paths')
    .split(/[\n,]/)
    .map((path) => path.trim())
    .filter(Boolean);
  const configFile = core.getInput('config');

  let run: LintRun;
  try {
    run = await lintFiles(paths, {
      cwd,
      onFilesFound: boundHeapForLargeRuns,
      ...(configFile ? { configFile } : {}),
    });
  } catch (error) {
    core.error(
      error instanceof ConfigError
        ? `ladder-lint: configuration error in ${error.message}`
        : `ladder-lint failed and could not check the ladder: ${(error as Error)?.stack ?? String(error)}`,
    );
    return 2;
  }

  const changes = onlyChanged ? await changesFor(event, cwd, token) : undefined;
  if (onlyChanged && !changes)
    core.info('ladder-lint reports findings in every page: the change could not be read.');
  const placed = placeFindings(run.results, changes);
  const reported = placed.filter((finding) => finding.scope !== 'elsewhere');
  const notShown = placed.length - reported.length;
  const errors = reported.filter((finding) => finding.severity === 2).length;
  const warnings = reported.length - errors;
  const failed = failOn === 'error' ? errors > 0 : failOn === 'warning' ? reported.length > 0 : false;

  const outputFolder = process.env.RUNNER_TEMP || cwd;
  const findingsJson = join(outputFolder, 'ladder-lint-findings.json');
  writeFileSync(findingsJson, `${JSON.stringify(reported, null, 2)}\n`);
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('findings-json', findingsJson);
  const sarifFile = core.getInput('sarif-file');
  if (sarifFile) {
    const sarifPath = resolve(cwd, sarifFile);
    writeFileSync(sarifPath, `${formatSarif(run.results)}\n`);
    core.setOutput('sarif-file', sarifPath);
  }

  const title = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  const touchedTracks = changes
    ? new Set(run.pages.filter((page) => changes.files.has(page.path)).map((page) => page.track))
    : undefined;
  const summaryInput = {
    reported,
    notShown,
    onlyChanged: changes !== undefined,
    pages: run.pages,
    readLine: runSummaryLine(run),
    config: run.config,
    ...(touchedTracks ? { touchedTracks } : {}),
  };

  let annotationNote = '';
  let useCommands = annotations === 'workflow-commands';
  if (annotations === 'auto' || annotations === 'check-run') {
    if (!token || !event.sha || !event.owner) {
      useCommands = true;
      annotationNote =
        'No token or commit to post a check run to, so findings are shown as annotations of this step.';
    } else {
      try {
        const summary = summaryMarkdown({ ...summaryInput, annotations: '' }, 60_000);
        const conclusion = failed ? 'failure' : reported.length > 0 ? 'neutral' : 'success';
        await postCheckRun(
          getOctokit(token),
          { owner: event.owner, repo: event.repo, headSha: event.sha },
          reported,
          { title: `ladder-lint: ${title}`, summary },
          conclusion,
        );
        annotationNote = `All ${reported.length} findings are annotated on the pull request through the "ladder-lint" check run.`;
      } catch (error) {
        if (!(error instanceof NoPermission)) throw error;
        useCommands = true;
        annotationNote =
          'The token may not write check runs (as for a pull request from a fork), so findings are shown as annotations of this step.';
        core.info(`ladder-lint: ${annotationNote}`);
      }
    }
  }
  if (useCommands) {
    const { shown, left } = emitWorkflowCommands(reported);
    const note =
      left > 0
        ? `${shown} findings are annotated (GitHub shows at most ${workflowCommandLimit} errors and ${workflowCommandLimit} warnings per step, errors on changed lines first); ${left === 1 ? 'the other one is' : `the other ${left} are`} listed in this step's log and in the job summary.`
        : `All ${shown} findings are annotated.`;
    annotationNote = [annotationNote, note].filter(Boolean).join(' ');
    core.info(`ladder-lint: ${note}`);
  }

  logEveryFinding(reported);
  core.info(
    `ladder-lint: ${title}${notShown > 0 ? `, and ${notShown} in pages this change did not touch` : ''}.`,
  );
  if (wantSummary && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(summaryMarkdown({ ...summaryInput, annotations: annotationNote }, jobSummaryBytes))
      .write();
  }
  return failed ? 1 : 0;
}
