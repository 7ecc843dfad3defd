import type { Root } from 'mdast';
declare const ladderLinks: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderLinks;
