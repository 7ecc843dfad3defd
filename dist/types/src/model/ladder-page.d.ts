import type { Position } from 'unist';
/**
 * A level such as `L4`, `L1.0`, `D3`, `Senior` or a page of weight 101; `minor` is absent when
 * the page names none. `rank` orders the levels of a track.
 */
export interface Level {
    label: string;
    major: number;
    minor?: number;
    rank: number;
    /** For numbered levels, what comes before the number (`L`, `D`, `Level `): gaps are named with it. */
    prefix?: string;
}
export type TitleForm = 'heading' | 'bold' | 'stars' | 'missing';
export interface Title {
    /** The whole title text, `L4: Security Engineer Technical Lead`. */
    text: string;
    /** The role name without the level, `Security Engineer Technical Lead`. */
    name: string;
    /** What stood between level and name: `:`, ` ` or ` -`. */
    separator: string;
    level?: Level;
    form: TitleForm;
    depth: number;
    position: Position;
}
export interface Summary {
    text: string;
    position: Position;
}
export interface MetadataField {
    label: string;
    value: string;
    /**
     * `list` for `- **Label**: value`, `paragraph` for `**Label:** value` lines among the metadata
     * bullets; the others come from the layout's field sources (see FieldSourceSpec).
     */
    form: 'list' | 'paragraph' | 'label-line' | 'table' | 'step' | 'pattern' | 'front-matter';
    position: Position;
    labelPosition: Position;
    valuePosition?: Position;
}
export type EmojiForm = 'unicode' | 'shortcode' | 'garbled' | 'none';
export interface Emoji {
    /** As written: `🦉`, `:owl:` or `ü¶â`. */
    raw: string;
    form: EmojiForm;
    /** The emoji it stands for, when known: a repaired `ü¶â` is `🦉`. */
    resolved?: string;
}
export interface Bullet {
    text: string;
    position: Position;
}
export interface ExamplesBlock {
    /** `details` for `<details><summary>Examples</summary>`, `bold` for an `**Examples:**` line. */
    form: 'details' | 'bold';
    summary: string;
    closed: boolean;
    /** GitHub renders the list as raw text unless a blank line follows `</summary>`. */
    blankLineAfterSummary: boolean;
    items: Bullet[];
    position: Position;
}
export interface Section {
    /** Heading text without the emoji: `Domain expertise`. */
    name: string;
    emoji: Emoji;
    depth: number;
    position: Position;
    /** The expectation bullets, outside any Examples block. */
    bullets: Bullet[];
    examples?: ExamplesBlock;
    /** An introductory blockquote under the heading, as management pages have. */
    intro?: Summary;
}
export type PageKind = 'level' | 'other';
export interface LadderPage {
    /** Path as given to the engine (relative to the working directory, forward slashes). */
    path: string;
    kind: PageKind;
    level?: Level;
    /** Where the level came from; the file name wins when both have one. */
    levelSource?: 'file-name' | 'title';
    title?: Title;
    track: string;
    summary?: Summary;
    metadata: MetadataField[];
    sections: Section[];
}
/** A section as the cross-page rules see it: its heading, without the bullets only page rules read. */
export type SectionOutline = Omit<Section, 'bullets' | 'examples'>;
/**
 * What stays of a page once its own turn is over, for the rules that compare pages and for the
 * reporters: everything but its sections' bullets and examples, which were most of a page's
 * model and kept a ladder of 55,000 pages from fitting in memory. Its positions have lines and
 * columns but no offsets, as the page's text is no longer kept.
 */
export interface PageOutline extends Omit<LadderPage, 'sections'> {
    sections: SectionOutline[];
}
export declare function outlineOf(page: LadderPage): PageOutline;
