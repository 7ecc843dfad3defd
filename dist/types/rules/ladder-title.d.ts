/**
 * ladder-title: a level page starts with one `# Ln: Name` heading that agrees with its file name.
 * Docs and examples: docs/rules/ladder-title.md.
 */
import type { Root } from 'mdast';
declare const ladderTitle: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderTitle;
