import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LayoutSpec, ResolvedConfig } from '../config/types.ts';
import type { LadderPage } from './ladder-page.ts';
/**
 * Reads one parsed file into the ladder model as its layout describes: one page per level it
 * holds (a file per track holds several), or a single `other` page when it holds no level. Each
 * page's track is the configured track that claims it (`tracks`, by the file's place, which the
 * VFile's `cwd` and `path` give, or by title), else its file's (`tracks: "file"`) or its folder.
 */
export declare function readLadderFile(tree: Root, file: VFile, path: string, config: ResolvedConfig, layout?: LayoutSpec): LadderPage[];
