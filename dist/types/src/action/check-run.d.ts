import type { getOctokit } from '@actions/github';
import type { Finding } from './select.ts';
type Octokit = ReturnType<typeof getOctokit>;
/** The Checks API takes at most 50 annotations per request, and appends those of each update. */
export declare const annotationsPerRequest = 50;
/** A check run's summary and text are each capped at 65,535 characters. */
export declare const checkRunTextLimit = 65535;
export interface CheckRunTarget {
    owner: string;
    repo: string;
    headSha: string;
}
export declare class NoPermission extends Error {
}
/**
 * Posts every finding to one check run: created with the first 50 annotations, updated with
 * each next 50, and completed with its conclusion. Throws NoPermission when the token may not
 * write checks (a fork's pull request), before anything was posted.
 */
export declare function postCheckRun(octokit: Octokit, target: CheckRunTarget, findings: readonly Finding[], output: {
    title: string;
    summary: string;
}, conclusion: 'success' | 'neutral' | 'failure'): Promise<{
    id: number;
    requests: number;
}>;
export {};
