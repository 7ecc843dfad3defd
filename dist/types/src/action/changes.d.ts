/** The lines a change added or altered, per file (paths from the repository root, `/`-separated). */
export interface Changes {
    /** `all`: the file is new to the reviewer as a whole, or its hunks are unknown (a large diff). */
    files: Map<string, Set<number> | 'all'>;
    source: 'git' | 'api';
}
/** `"a\\303\\251.md"` → `aé.md`: git quotes paths with unusual bytes in C style. */
export declare function unquoteGitPath(path: string): string;
/**
 * Reads a unified diff (git's, or a pull-request file's patch): for each file after the change,
 * the numbers of the lines it added. Hunk bodies are counted out by their headers, so an added
 * line that itself starts with "+++ " is never taken for a file header.
 */
export declare function parseUnifiedDiff(diff: string): Map<string, Set<number> | 'all'>;
/**
 * The change between two commits, when both are in the local clone. `fromMergeBase`: what a pull
 * request shows, the change from where its branch left the base (`base...head`), so that what the
 * base branch did since is never taken for the pull request's own change.
 */
export declare function changesFromGit(cwd: string, base: string, head: string, fromMergeBase?: boolean): Promise<Changes | undefined>;
/** What the pull-request files API says of one file. */
export interface PullRequestFile {
    filename: string;
    status: string;
    patch?: string | undefined;
}
/** The pull-request files API lists at most this many files; past it, the list is not the whole change. */
export declare const pullRequestFilesCap = 3000;
/** A pull request's change from the API's file list: each file's patch has the same hunks as git's. */
export declare function changesFromPullRequestFiles(list: readonly PullRequestFile[]): Changes;
/** The full name of a commit, when the clone at `cwd` has it. */
export declare function commitInClone(cwd: string, revision: string): Promise<string | undefined>;
/**
 * Writes the files of one commit into `into`, through an index of its own, so the clone's
 * checkout and index are left as they were.
 */
export declare function writeCommitFiles(cwd: string, commit: string, into: string): Promise<void>;
