/**
 * ladder-summary: a level page has a one-paragraph summary quote under its title.
 * Docs and examples: docs/rules/ladder-summary.md.
 */
import type { Root } from 'mdast';
declare const ladderSummary: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderSummary;
