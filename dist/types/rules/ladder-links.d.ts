/**
 * ladder-links: every relative link points to a file that exists and every `#anchor` to a heading
 * of the page. The checking is remark-validate-links' (offline, no git remote needed); this rule
 * words its findings for the person fixing the page. Docs: docs/rules/ladder-links.md.
 */
import type { Root } from 'mdast';
declare const ladderLinks: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderLinks;
