/** Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. */
export declare function editDistance(a: string, b: string): number;
/**
 * The candidates closest to `wanted`, best first, that differ in at most a third of its length
 * (so a suggestion is a likely typo fix, not a random neighbour), or that contain it or it them.
 */
export declare function closestMatches(wanted: string, candidates: Iterable<string>, limit?: number): string[];
