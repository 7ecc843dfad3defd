/**
 * How the executables (the CLI and the Action) keep a very large run's memory down. V8 lets a
 * heap grow to several times what is live before it collects: fine for a ladder of 55 pages, but
 * at 55,000 the main thread's heap grew to 1.8 GB around 450 MB of live data. Capping the growth
 * slows small runs by a tenth (more collections while the dictionaries load), so only large ones
 * pay for it; it is a process-wide setting, which is why the library never makes it itself.
 */
import { setFlagsFromString } from 'node:v8';

/** From this many files, memory rather than start-up decides how long a run takes and whether it fits. */
export const largeRunFiles = 2000;

/** The V8 setting for a run of `count` files, if it needs one: the heap grows by half, not up to fourfold. */
export function heapFlagsFor(count: number): string | undefined {
  return count >= largeRunFiles ? '--heap-growing-percent=50' : undefined;
}

/** For LintOptions.onFilesFound; V8 reads the setting at each collection, so it applies at once. */
export function boundHeapForLargeRuns(count: number): void {
  const flags = heapFlagsFor(count);
  if (flags) setFlagsFromString(flags);
}
