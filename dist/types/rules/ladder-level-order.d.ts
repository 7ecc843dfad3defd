/**
 * ladder-level-order: a file that holds several levels (a heading per level) writes each level
 * once, from the lowest up. Docs and examples: docs/rules/ladder-level-order.md.
 */
import type { Root } from 'mdast';
declare const ladderLevelOrder: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderLevelOrder;
