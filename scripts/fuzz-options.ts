/**
 * fast-check's options for one fuzz batch, or for replaying one case of it. fast-check reads a
 * `path` as where to start, not as the only case: without `numRuns: 1` a replay of "57" went on
 * through case 58 and beyond, and could report a different failure than the one asked for; without
 * `endOnFailure` it shrank again past the case the path names.
 */
export function checkOptions(seed: number, runs: number, path?: string) {
  return path ? { seed, path, numRuns: 1, endOnFailure: true } : { seed, numRuns: runs };
}
