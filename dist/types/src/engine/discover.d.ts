import type { ResolvedConfig } from '../config/types.ts';
export declare const ignoreFileNames: readonly [".gitignore", ".ladderlintignore"];
export interface DiscoveredFile {
    /** Absolute path. */
    path: string;
    /** Named on the command line: checked even when an ignore file lists it. */
    explicit: boolean;
    /** The lint root it was found under (see lintRootFor): nothing outside it is read. */
    root: string;
    /** The path's bytes, when a name in it is not valid UTF-8 and `path` shows it with �. */
    bytes?: Buffer;
}
export interface DiscoveryProblem {
    /** What the user gave, or for a broken link found in a folder, its absolute path. */
    pattern: string;
    problem: string;
    kind: 'missing' | 'unreadable';
}
/**
 * Turns the paths and globs a user gave into the files to check, in a stable order.
 * Folders are searched for pages; `.gitignore`, `.ladderlintignore` and the configuration's
 * `ignores` leave files out, except files and folders named explicitly, which are always checked.
 */
export declare function discoverFiles(patterns: readonly string[], cwd: string, config: ResolvedConfig): Promise<{
    files: DiscoveredFile[];
    problems: DiscoveryProblem[];
}>;
