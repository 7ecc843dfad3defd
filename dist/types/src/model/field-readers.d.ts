import type { RootContent } from 'mdast';
import type { SafePattern } from '../config/safe-pattern.ts';
import type { Positions } from '../text/positions.ts';
import type { MetadataField } from './ladder-page.ts';
/**
 * Readers for the fields other organisations' ladders write outside `- **Label**: value`
 * bullets: label lines, tables, axis steps, configured patterns and front matter. Each is a pure
 * function of the tree (or lines) and the file's text, and gives fields positioned on the label's
 * and the value's own characters, without the emphasis markers or colon around them.
 */
/** Where a field was written; the lead widens `MetadataField['form']` to this. */
export type FieldForm = 'list' | 'paragraph' | 'label-line' | 'table' | 'step' | 'pattern' | 'front-matter';
export type Place = Positions;
/** One line of prose and the offset of its first character in the file. */
export interface ProseLine {
    text: string;
    offset: number;
}
/**
 * A pattern with named groups `value` and, unless `label` is given, `label`. Patterns from the
 * configuration are SafePatterns (linear time); a RegExp, from code, may also be given.
 */
export interface FieldPattern {
    regex: RegExp | SafePattern;
    label?: string;
}
/** A step of an axis scale, keyed by its lower-cased name: `adopts` → `{ label: 'Technology' }`. */
export type StepScale = Map<string, {
    label: string;
}>;
/** Where a front-matter key and its value sit in the file. */
export type FrontMatterSpans = (key: string) => {
    keyOffset: number;
    valueOffset: number;
    valueEnd: number;
} | undefined;
export declare function readLabelLines(nodes: RootContent[], source: string, place: Place): MetadataField[];
export declare function readTableFields(nodes: RootContent[], source: string, place: Place): MetadataField[];
export declare function readStepFields(nodes: RootContent[], source: string, place: Place, steps: StepScale): MetadataField[];
/**
 * Each line gives the fields of the first pattern that matches it: one, or one per match when
 * the pattern has the `g` flag.
 */
export declare function readPatternFields(lines: ProseLine[], patterns: FieldPattern[], place: Place): MetadataField[];
/**
 * A field per key in `keys` (matched without regard to case), or, without `keys`, per key whose
 * value is a number or a string under 40 characters. Keys the spans do not place are left out.
 */
export declare function readFrontMatterFields(data: Record<string, unknown>, spans: FrontMatterSpans, place: Place, keys?: string[]): MetadataField[];
