import { type Detection, type LayoutReading } from './detect-layout.ts';
import type { LayoutPlan } from './plan-layout.ts';
import type { ProposedWords } from './propose-words.ts';
import type { FolderScan } from './scan-folder.ts';
/** `headings-per-level (a file per track, each level a "## " heading such as "D3 - Developer 3")`. */
export declare function describeLayout(reading: LayoutReading): string;
/** `Read 18 levels in 4 tracks: Developer.md D1–D7, TechLead.md TL4–TL7, …`. */
export declare function describeLevels(reading: LayoutReading): string;
export declare function plural(count: number, noun: string): string;
/** The lines about what a layout's levels share: fields, sections, templates. */
export declare function describePlan(plan: LayoutPlan): string[];
export declare function describeWords(words: ProposedWords): string[];
export interface InitRun {
    detection: Detection;
    main: LayoutPlan;
    overrides: Array<{
        files: string[];
        plan: LayoutPlan;
    }>;
    words: ProposedWords;
    unreadable: FolderScan['unreadable'];
}
/** Everything init found, in the order a reader checks it: layout, levels, fields, sections, words, doubts. */
export declare function describeRun({ detection, main, overrides, words, unreadable }: InitRun): string[];
