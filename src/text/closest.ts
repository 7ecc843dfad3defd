/** Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates closest to `wanted`, best first, that differ in at most a third of its length
 * (so a suggestion is a likely typo fix, not a random neighbour), or that contain it or it them.
 */
export function closestMatches(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    if (candidate === '' || candidate === wanted) continue;
    const distance = editDistance(wanted, candidate);
    const related = candidate.startsWith(wanted) || wanted.startsWith(candidate);
    if (distance <= Math.max(1, Math.floor(wanted.length / 3)) || related)
      scored.push([candidate, related ? Math.min(distance, 1) : distance]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([candidate]) => candidate);
}
