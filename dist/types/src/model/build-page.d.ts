import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Emoji, LadderPage, Level } from './ladder-page.ts';
export declare function levelFromFileName(path: string): Level | undefined;
/** The folder of a path, used as the default track. */
export declare function trackOf(path: string): string;
/**
 * Reads a parsed page into the ladder model. Works on any Markdown: a page that has no level in
 * its file name or title is `other` and has no title, metadata or sections of interest to rules.
 */
export declare function buildLadderPage(tree: Root, file: VFile, path: string): LadderPage;
export declare function readEmoji(text: string): {
    emoji: Emoji;
    rest: string;
};
