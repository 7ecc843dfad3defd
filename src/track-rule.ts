import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { ResolvedConfig } from './config/types.ts';
import type { LadderPage, PageOutline } from './model/ladder-page.ts';

export interface TrackReportOptions {
  place?: Position;
  /** Another page's finding this one is about, as remark-lint's `cause`. */
  cause?: Error;
  expected?: string[];
  /** At most a warning, whatever the rule's severity (see FindingExtras). */
  warning?: boolean;
  /** The detail the message leaves out, for `--format json`. */
  data?: Record<string, unknown>;
  /** What the finding is about (a word, a value), stable across edits elsewhere: for SARIF fingerprints. */
  key?: string;
}

export interface TrackRuleContext {
  /** Every page of one track (level pages and others, such as the track's README), or of the whole run for a ladder rule. */
  pages: PageOutline[];
  config: ResolvedConfig;
  options(page: PageOutline): Record<string, unknown> | undefined;
  report(page: PageOutline, reason: string, options?: TrackReportOptions): void;
  /** What the rule's `collect` kept of a page while its tree was at hand. */
  collected(page: PageOutline): unknown;
}

/** A rule that compares pages; the engine runs it after every page rule. */
export interface TrackRule {
  name: string;
  url: string;
  description: string;
  /** `track` (default): once per track; `ladder`: once with every page of the run. */
  scope?: 'track' | 'ladder';
  /**
   * Runs on each page right after the page rules, while its syntax tree and text are in memory,
   * and keeps what `check` will need: trees are released after that, so that a ladder of tens of
   * thousands of pages fits in memory.
   */
  collect?(page: LadderPage, tree: Root, text: string): unknown;
  check(context: TrackRuleContext): void | Promise<void>;
  /** As a page rule's `prepare`: slow work started before any page is read. */
  prepare?(config: ResolvedConfig, folder: string): void;
}
