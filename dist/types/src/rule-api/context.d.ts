import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LayoutSpec, ResolvedConfig, Template } from '../config/types.ts';
import { type LinkedPages } from '../engine/linked-pages.ts';
import type { LadderPage } from '../model/ladder-page.ts';
/** One level of a file (or the file's one other page) with the template it is checked against. */
export interface LevelContext {
    page: LadderPage;
    /** The template chosen by an override, by the layout or by fit; absent when none fits. */
    templateName?: string;
    template?: Template;
    /** True when an override named the template, false when the layout or the fit chose it. */
    templateFromOverride: boolean;
}
/** What the engine hands every rule through `file.data.ladder`: the file's first level, and all. */
export interface LadderContext extends LevelContext {
    /** Every level the file holds (a file per track holds several), or its one other page. */
    levels: LevelContext[];
    /** How this file's ladder is laid out (the configuration's, or an override's). */
    layout: LayoutSpec;
    config: ResolvedConfig;
    /** The other pages a link may point to, shared by every file of the run. */
    linkedPages: LinkedPages;
}
declare module 'vfile' {
    interface DataMap {
        ladder: LadderContext;
    }
}
export declare function makeContext(pages: LadderPage[], config: ResolvedConfig, linked: LinkedPages, overrideTemplate?: string, layout?: LayoutSpec): LadderContext;
/**
 * The page and template a rule works on. Under the ladder-lint engine they were made once per
 * file; a rule used on its own in a `.remarkrc` builds them from the tree with the default config.
 */
export declare function ladderContext(tree: Root, file: VFile): LadderContext;
