/**
 * ladder-placeholder: no placeholder or reviewer note is left in a published page (TBD, TODO,
 * `- ?`, `### ?`, empty bullets). Docs and examples: docs/rules/ladder-placeholder.md.
 */
import type { Root } from 'mdast';
declare const ladderPlaceholder: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderPlaceholder;
