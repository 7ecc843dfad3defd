import type { ResolvedConfig } from '../config/types.ts';
import type { PageOutline } from '../model/ladder-page.ts';
import type { Finding } from './select.ts';
/** GitHub caps a job summary at 1 MiB; the rest of the margin is for other steps' summaries. */
export declare const jobSummaryBytes = 1000000;
/** A check run's summary holds at most 65,535 characters: a byte budget below it always fits. */
export declare const checkRunSummaryBytes = 60000;
export interface SummaryInput {
    /** The findings the pull request is shown, most important first. */
    reported: readonly Finding[];
    /** Findings left out because they are in pages the change did not touch. */
    notShown: number;
    onlyChanged: boolean;
    /** What happened to annotations, in a sentence or two. */
    annotations: string;
    pages: readonly PageOutline[];
    config: ResolvedConfig;
    /** Tracks whose progression table to show; undefined: every track. */
    touchedTracks?: ReadonlySet<string>;
    /** What the run read ("55 files checked: 38 level pages in 9 tracks, …"), the summary's last line. */
    readLine?: string;
}
/**
 * The job summary (or a check run's summary, with a smaller budget): counts per rule and per file,
 * the findings table trimmed to fit with a note saying so, and the progression table of each track
 * the change touched.
 */
export declare function summaryMarkdown(input: SummaryInput, budgetBytes: number): string;
