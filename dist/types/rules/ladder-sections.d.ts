/**
 * ladder-sections: the sections a page's template asks for are there, once, in order, at the right
 * depth and with the template's emoji. Docs and examples: docs/rules/ladder-sections.md.
 */
import type { Root } from 'mdast';
declare const ladderSections: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderSections;
