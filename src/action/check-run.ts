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
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) throw new NoPermission((error as Error).message);
    throw error;
  }
  let requests = 1;
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: id,
      output: { title: output.title, summary, annotations: batch.map(annotation) },
    });
    requests++;
  }
  await octokit.rest.checks.update({
    owner: target.owner,
    repo: target.repo,
    check_run_id: id,
    status: 'completed',
    conclusion,
    output: { title: output.title, summary },
  });
  return { id, requests: requests + 1 };
}
