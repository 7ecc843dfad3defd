/**
 * ladder-lost-list-marker: a line meant as a bullet lost its `- `, so GitHub joins it to the
 * bullet above (a "lazy continuation") or shows it as a loose paragraph between lists.
 * Docs and examples: docs/rules/ladder-lost-list-marker.md.
 */
import type { Root } from 'mdast';
declare const ladderLostListMarker: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderLostListMarker;
