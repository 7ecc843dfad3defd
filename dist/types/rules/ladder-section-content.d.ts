/**
 * ladder-section-content: each template section has expectation bullets and, where the template
 * asks for one, an Examples block that GitHub can render. Docs: docs/rules/ladder-section-content.md.
 */
import type { Root } from 'mdast';
declare const ladderSectionContent: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderSectionContent;
