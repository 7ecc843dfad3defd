import type { ResolvedConfig, ScaleSpec } from '../config/types.ts';
import type { PageOutline, Level, MetadataField } from '../model/ladder-page.ts';
import { type Placement } from './scales.ts';
/** A metadata field of the templates that has a scale: a column of the progression table. */
export interface ScaledField {
    label: string;
    names: string[];
    scaleName: string;
    scale: ScaleSpec;
}
export interface PlacedValue {
    page: PageOutline;
    column: ScaledField;
    field: MetadataField;
    /** Absent when the value could not be read onto its scale. */
    placement?: Placement;
}
/**
 * A value to change: one of the fewest values of its column whose change makes the track go one
 * way (the values kept form the longest run that never goes backwards).
 */
export interface Regression {
    value: PlacedValue;
    /** The nearest kept value it is out of order with: on a level below it, or above. */
    against: PlacedValue;
    side: 'below' | 'above';
    /** Levels missing between the two when nothing stands between them, such as ["L3"]. */
    skipped: string[];
}
export interface LevelRow {
    level: Level;
    pages: PageOutline[];
}
export interface TrackProgression {
    track: string;
    columns: ScaledField[];
    rows: LevelRow[];
    values: PlacedValue[];
    regressions: Regression[];
}
/** Where a level sits in its track: L1.0 < L1 < L1.5 < L2, Junior < Senior, weight 101 < 102. */
export declare function levelOrder(level: Level): number;
export declare function scaledFields(config: ResolvedConfig): ScaledField[];
/**
 * Reads every level page's scaled metadata and compares each level with the nearest level below
 * it in the track (every page at one level with every page at the other, so forks are covered).
 */
export declare function trackProgression(track: string, pages: PageOutline[], config: ResolvedConfig): TrackProgression;
/** Every track of a run, in path order. */
export declare function ladderProgression(pages: PageOutline[], config: ResolvedConfig): TrackProgression[];
