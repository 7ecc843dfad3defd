import type { Position } from 'unist';
import type { ResolvedConfig } from '../config/types.ts';
import type { Fix, Suggestion } from '../findings/fix.ts';
import type { PageOutline } from '../model/ladder-page.ts';
export interface TrackReportOptions {
    place?: Position;
    /** Another page's finding this one is about, as remark-lint's `cause`. */
    cause?: Error;
    expected?: string[];
    /** A safe fix for `--fix`; its range indexes the text the page's `collect` was given. */
    fix?: Fix;
    /** Alternatives a person chooses between (see src/findings/fix.ts). */
    suggestions?: Suggestion[];
    /** At most a warning, whatever the rule's severity (see FindingExtras). */
    warning?: boolean;
    /** The detail the message leaves out, for `--format json`. */
    data?: Record<string, unknown>;
    /** What the finding is about (a word, a value), stable across edits elsewhere: for SARIF fingerprints. */
    key?: string;
}
/** What a cross-page rule's `check` is given; `Options` are the rule's, as its schema says. */
export interface TrackRuleContext<Options = Record<string, unknown>> {
    /** Every page of one track (level pages and others, such as the track's README), or of the whole run for a ladder rule. */
    pages: PageOutline[];
    config: ResolvedConfig;
    options(page: PageOutline): Options | undefined;
    report(page: PageOutline, reason: string, options?: TrackReportOptions): void;
    /** What the rule's `collect` kept of a page while its tree was at hand. */
    collected(page: PageOutline): unknown;
}
