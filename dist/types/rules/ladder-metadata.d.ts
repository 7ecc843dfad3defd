/**
 * ladder-metadata: the metadata bullets a template asks for (planning horizon, impact radius, …)
 * are there, in order, once each, filled in and labelled as the template labels them.
 * Docs and examples: docs/rules/ladder-metadata.md.
 */
import type { Root } from 'mdast';
declare const ladderMetadata: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderMetadata;
