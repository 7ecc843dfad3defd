import type { LintResult } from '../findings/types.ts';
export interface StylishOptions {
    color: boolean;
    /** What the run read, as a last line ("55 files checked: 38 level pages in 9 tracks, …"). */
    summaryLine?: string;
}
/** The terminal report: files with findings, one line each, then a total, as ESLint's stylish. */
export declare function formatStylish(results: readonly LintResult[], options: StylishOptions): string;
