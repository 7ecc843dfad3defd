import type { LintRun } from '../findings/types.ts';
export interface OutlineLevel {
    level: string;
    rank: number;
    title: string;
    file: string;
    line: number;
    fields: Record<string, string>;
}
export interface LadderOutline {
    tracks: Array<{
        name: string;
        levels: OutlineLevel[];
    }>;
    /** Files in which no level was read: indexes, other pages, and files that could not be read. */
    unrecognised: string[];
}
/** How ladder-lint read the ladder: every track with its levels in order, and the files with none. */
export declare function ladderOutline(run: Pick<LintRun, 'results' | 'pages'>): LadderOutline;
export declare function formatOutline(run: Pick<LintRun, 'results' | 'pages'>): string;
/**
 * The line that ends a report, so that a run which read no level never looks like a clean ladder:
 * "54 files checked: 39 level pages in 11 tracks, 15 other files"; a file of several levels
 * makes it "5 files checked: 18 levels in 4 tracks, 1 other file".
 */
export declare function runSummaryLine(run: Pick<LintRun, 'results' | 'pages'>): string;
