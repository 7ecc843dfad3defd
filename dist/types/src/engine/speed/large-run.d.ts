/** From this many files, memory rather than start-up decides how long a run takes and whether it fits. */
export declare const largeRunFiles = 2000;
/** The V8 setting for a run of `count` files, if it needs one: the heap grows by half, not up to fourfold. */
export declare function heapFlagsFor(count: number): string | undefined;
/** For LintOptions.onFilesFound; V8 reads the setting at each collection, so it applies at once. */
export declare function boundHeapForLargeRuns(count: number): void;
