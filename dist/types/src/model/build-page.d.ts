import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { type LevelReader } from './level-pattern.ts';
import type { Emoji, LadderPage, Level, Section, Title } from './ladder-page.ts';
export declare function levelFromFileName(path: string): Level | undefined;
/**
 * The level and role a file name gives (`L4-Security-Engineer.md` → L4, "Security Engineer"), read
 * as the layout reads titles; undefined when the name has no level.
 */
export declare function fileNameReading(path: string, levelOf?: LevelReader): {
    level: Level;
    name: string;
} | undefined;
/** The folder of a path, used as the default track. */
export declare function trackOf(path: string): string;
/**
 * Reads a parsed page into the ladder model. Works on any Markdown: a page that has no level in
 * its file name or title is `other` and has no title, metadata or sections of interest to rules.
 */
export declare function buildLadderPage(tree: Root, file: VFile, path: string, levelOf?: LevelReader): LadderPage;
/** A level's summary and metadata from the nodes before its first section, and its sections. */
export declare function readBody(page: LadderPage, nodes: RootContent[], firstSectionIndex: number, file: VFile): void;
export declare function makeTitle(text: string, form: Title['form'], depth: number, position: Position, levelOf?: LevelReader): Title;
export declare function readEmoji(text: string): {
    emoji: Emoji;
    rest: string;
};
export declare function readSections(nodes: RootContent[]): Section[];
