import type { Position } from 'unist';
import type { ResolvedConfig } from './config/types.ts';
import type { LadderPage } from './model/ladder-page.ts';
export interface TrackReportOptions {
    place?: Position;
    /** Another page's finding this one is about, as remark-lint's `cause`. */
    cause?: Error;
    expected?: string[];
}
export interface TrackRuleContext {
    /** Every page of one track (level pages and others, such as the track's README), or of the whole run for a ladder rule. */
    pages: LadderPage[];
    config: ResolvedConfig;
    options(page: LadderPage): Record<string, unknown> | undefined;
    report(page: LadderPage, reason: string, options?: TrackReportOptions): void;
}
/** A rule that compares pages; the engine runs it after every page rule. */
export interface TrackRule {
    name: string;
    url: string;
    description: string;
    /** `track` (default): once per track; `ladder`: once with every page of the run. */
    scope?: 'track' | 'ladder';
    check(context: TrackRuleContext): void | Promise<void>;
}
