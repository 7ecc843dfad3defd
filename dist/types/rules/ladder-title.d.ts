/**
 * ladder-title: a level page starts with one `# Ln: Name` heading that agrees with its file name.
 * Docs and examples: docs/rules/ladder-title.md.
 */
import type { Root } from 'mdast';
/** `L4-Security-Engineer-Technical-Lead.md` → `Security Engineer Technical Lead`. */
export declare function nameFromFileName(path: string): string;
declare const ladderTitle: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderTitle;
