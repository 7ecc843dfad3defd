import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'unified';
export interface RemarkLadderLintOptions {
    /** A ladder-lint configuration file; otherwise the one found upward from each file. */
    config?: string;
}
/** The rules remark cannot run, for the README and for anyone who asks. */
export declare const rulesRemarkCannotRun: readonly string[];
/** Runs ladder-lint's page rules on each file, with the ladder-lint configuration. */
export declare const remarkLadderLint: Plugin<[RemarkLadderLintOptions?], Root>;
/**
 * A unified preset: `plugins: ['ladder-lint/remark-preset']` in a `.remarkrc.mjs`. It parses as
 * ladder-lint does (GitHub's Markdown, YAML front matter kept out of the prose) and lints.
 */
declare const remarkPreset: {
    readonly plugins: readonly [typeof remarkGfm, readonly [typeof remarkFrontmatter, readonly ["yaml"]], Plugin<[(RemarkLadderLintOptions | undefined)?], Root>];
};
export default remarkPreset;
