/**
 * ladder-front-matter: a page's YAML front matter can be read, and a ladder kept in it (the `yaml`
 * layout) agrees with itself: the declared level count matches the levels its topics describe, and
 * no level lists a criterion twice. Docs and examples: docs/rules/ladder-front-matter.md.
 */
import type { Root } from 'mdast';
export interface FrontMatterOptions {
    /**
     * Criteria that may repeat within a level, such as labels every topic has ("Criteria for
     * sublevel A"); a text ending in `*` allows every criterion that starts with it.
     */
    allow?: string[];
}
declare const ladderFrontMatter: import("unified-lint-rule").Plugin<Root, FrontMatterOptions | undefined>;
export default ladderFrontMatter;
