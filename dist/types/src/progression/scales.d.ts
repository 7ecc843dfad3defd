import type { ScaleSpec } from '../config/types.ts';
/** Where a value sits on its scale: a range, so "6-12 months" sits above "Two Quarters". */
export interface Placement {
    min: number;
    max: number;
    /** How the value was read, for people: "26–52 weeks", "team (4 of 7)". */
    reading: string;
}
export declare function placeDuration(value: string, cycleWeeks?: number): Placement | undefined;
/** A word scale: the step whose phrase comes first in the value (the longest on a tie). */
export declare function placeRank(value: string, ranks: NonNullable<ScaleSpec['ranks']>): Placement | undefined;
export declare function placeNumber(value: string): Placement | undefined;
export declare function place(value: string, scale: ScaleSpec): Placement | undefined;
/** Negative when `a` sits below `b`: by the lower end, then by the upper end. */
export declare function comparePlacements(a: Placement, b: Placement): number;
/** What a value that fits nowhere should be written like, for the finding. */
export declare function scaleHint(scaleName: string, scale: ScaleSpec): string;
