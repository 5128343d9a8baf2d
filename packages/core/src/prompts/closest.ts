// "Did you mean …?": the nearest of a few known names to a misspelt one.

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`, case-insensitively. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // Three rolling rows of the optimal-string-alignment table: a swap looks two rows back.
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length] ?? 0;
}

/** Most edits still worth suggesting for a name: a third of it, at least two. */
export function closeEnough(name: string, distance: number): boolean {
  return distance <= Math.max(2, Math.floor(name.length / 3));
}

/**
 * The known name nearest to `name`, when it is near enough to be a likely typo; ties go to the
 * earlier candidate, so callers list the likelier names first.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance && closeEnough(candidate, distance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
