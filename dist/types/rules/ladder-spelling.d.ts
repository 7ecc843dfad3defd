import type { Root } from 'mdast';
declare const ladderSpelling: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderSpelling;
