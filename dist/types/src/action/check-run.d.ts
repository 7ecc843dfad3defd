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
/** The check run was started but could not be finished: GitHub kept failing after the retries. */
export declare class CheckRunFailed extends Error {
    /** How many findings reached the check run before it failed. */
    readonly posted: number;
    constructor(message: string, posted: number);
}
export interface RetryPolicy {
    /** How long to wait before each retry, in milliseconds; one retry per entry. */
    backoff: readonly number[];
    /** A secondary rate limit that asks for a longer wait than this (in seconds) is not waited for. */
    longestRetryAfter: number;
    sleep: (milliseconds: number) => Promise<void>;
}
export declare const defaultRetryPolicy: RetryPolicy;
/**
 * How long to wait before retrying a failed request, or undefined when retrying cannot help:
 * GitHub's 5xx answers (and a lost connection, which Octokit reports as 500) pass, and so does
 * its secondary rate limit, a 403 or 429 that says how long to wait (`retry-after`) or names it.
 */
export declare function retryWait(error: unknown, backoff: number, policy: RetryPolicy): number | undefined;
/** Runs a request, and again after each wait of the backoff while GitHub's answer says it may pass. */
export declare function withRetries<T>(request: () => Promise<T>, policy: RetryPolicy): Promise<T>;
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
