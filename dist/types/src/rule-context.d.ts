import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ResolvedConfig, Template } from './config/types.ts';
import { type LinkedPages } from './engine/linked-pages.ts';
import type { LadderPage } from './model/ladder-page.ts';
/** What the engine hands every rule through `file.data.ladder`. */
export interface LadderContext {
    page: LadderPage;
    config: ResolvedConfig;
    /** The template chosen for the page by an override glob or by fit; absent when none fits. */
    templateName?: string;
    template?: Template;
    /** True when an override named the template, false when it was chosen by fit. */
    templateFromOverride: boolean;
    /** The other pages a link may point to, shared by every file of the run. */
    linkedPages: LinkedPages;
}
declare module 'vfile' {
    interface DataMap {
        ladder: LadderContext;
    }
}
export declare function makeContext(page: LadderPage, config: ResolvedConfig, pages: LinkedPages, overrideTemplate?: string): LadderContext;
/**
 * The page and template a rule works on. Under the ladder-lint engine they were made once per
 * file; a rule used on its own in a `.remarkrc` builds them from the tree with the default config.
 */
export declare function ladderContext(tree: Root, file: VFile): LadderContext;
