import type { getOctokit } from '@actions/github';
import { annotationText } from '../reporters/github.ts';
import type { Finding } from './select.ts';

type Octokit = ReturnType<typeof getOctokit>;

/** The Checks API takes at most 50 annotations per request, and appends those of each update. */
export const annotationsPerRequest = 50;
/** A check run's summary and text are each capped at 65,535 characters. */
export const checkRunTextLimit = 65_535;

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
}

function annotation(finding: Finding) {
  const sameLine = finding.endLine === finding.line;
  return {
    path: finding.filePath,
    start_line: finding.line,
    end_line: Math.max(finding.endLine, finding.line),
    ...(sameLine
      ? { start_column: finding.column, end_column: Math.max(finding.endColumn, finding.column) }
      : {}),
    annotation_level: finding.severity === 2 ? ('failure' as const) : ('warning' as const),
    title: `ladder-lint (${finding.ruleId})`,
    message: annotationText(finding).slice(0, 64_000),
  };
}

export class NoPermission extends Error {}

/** The check run was started but could not be finished: GitHub kept failing after the retries. */
export class CheckRunFailed extends Error {
  /** How many findings reached the check run before it failed. */
  readonly posted: number;
  constructor(message: string, posted: number) {
    super(message);
    this.posted = posted;
  }
}

export interface RetryPolicy {
  /** How long to wait before each retry, in milliseconds; one retry per entry. */
  backoff: readonly number[];
  /** A secondary rate limit that asks for a longer wait than this (in seconds) is not waited for. */
  longestRetryAfter: number;
  sleep: (milliseconds: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  backoff: [1_000, 4_000, 16_000],
  longestRetryAfter: 120,
  sleep: (milliseconds) => new Promise((done) => setTimeout(done, milliseconds)),
};

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/**
 * How long to wait before retrying a failed request, or undefined when retrying cannot help:
 * GitHub's 5xx answers (and a lost connection, which Octokit reports as 500) pass, and so does
 * its secondary rate limit, a 403 or 429 that says how long to wait (`retry-after`) or names it.
 */
export function retryWait(error: unknown, backoff: number, policy: RetryPolicy): number | undefined {
  const { status, message = '', response } = error as HttpError;
  if (typeof status !== 'number') return undefined;
  if (status >= 500) return backoff;
  if (status !== 403 && status !== 429) return undefined;
  const header = response?.headers?.['retry-after'];
  if (header === undefined && !/secondary rate limit/i.test(message)) return undefined;
  const seconds = header === undefined ? 60 : Number(header);
  if (!Number.isFinite(seconds) || seconds > policy.longestRetryAfter) return undefined;
  return Math.max(backoff, seconds * 1000);
}

/** Runs a request, and again after each wait of the backoff while GitHub's answer says it may pass. */
export async function withRetries<T>(request: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const backoff = policy.backoff[attempt];
      const wait = backoff === undefined ? undefined : retryWait(error, backoff, policy);
      if (wait === undefined) throw error;
      await policy.sleep(wait);
    }
  }
}

/**
 * Posts every finding to one check run: created with the first 50 annotations, updated with
 * each next 50, and completed with its conclusion. Throws NoPermission when the token may not
 * write checks (a fork's pull request), before anything was posted.
 */
export async function postCheckRun(
  octokit: Octokit,
  target: CheckRunTarget,
  findings: readonly Finding[],
  output: { title: string; summary: string },
  conclusion: 'success' | 'neutral' | 'failure',
): Promise<{ id: number; requests: number }> {
  const summary = output.summary.slice(0, checkRunTextLimit);
  const batches: Finding[][] = [];
  for (let start = 0; start < findings.length; start += annotationsPerRequest)
    batches.push(findings.slice(start, start + annotationsPerRequest));
  let id: number;
  try {
    const created = await octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: 'ladder-lint',
      head_sha: target.headSha,
      status: 'in_progress',
      output: { title: output.title, summary, annotations: (batches[0] ?? []).map(annotation) },
    });
    id = created.data.id;
  } catch (error) {
    const { status, message = '', response } = error as HttpError;
    const rateLimited = response?.headers?.['retry-after'] !== undefined || /rate limit/i.test(message);
    if ((status === 403 || status === 404) && !rateLimited) throw new NoPermission(message);
    throw new CheckRunFailed(message, 0);
  }
  let requests = 1;
  let posted = batches[0]?.length ?? 0;
  try {
    for (const batch of batches.slice(1)) {
      await octokit.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: id,
        output: { title: output.title, summary, annotations: batch.map(annotation) },
      });
      requests++;
      posted += batch.length;
    }
    await octokit.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: id,
      status: 'completed',
      conclusion,
      output: { title: output.title, summary },
    });
  } catch (error) {
    // Not left "in progress" if GitHub lets it finish: the check run says what it lacks.
    const note = `**GitHub's API failed part way (${(error as Error).message}), so only ${posted} of ${findings.length} findings are annotated here.** Every finding is in the job summary and in the step's log.\n\n`;
    await octokit.rest.checks
      .update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: id,
        status: 'completed',
        conclusion,
        output: { title: output.title, summary: (note + summary).slice(0, checkRunTextLimit) },
      })
      .catch(() => undefined);
    throw new CheckRunFailed((error as Error).message, posted);
  }
  return { id, requests: requests + 1 };
}
