// "Did you mean …": the nearest known names to a mistyped one, for issue suggestions.

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1];
}

/**
 * Up to `max` candidates close enough to `query` to be a plausible typo (distance ≤ a third of the
 * longer name, at least 2), nearest first; ties keep the candidates' order.
 */
export function nearest(query: string, candidates: readonly string[], max = 3): string[] {
  const q = query.trim();
  if (!q) return [];
  const scored: Array<{ name: string; dist: number; index: number }> = [];
  candidates.forEach((name, index) => {
    const limit = Math.max(2, Math.floor(Math.max(q.length, name.length) / 3));
    // Cheap length filter first: the distance is at least the length difference.
    if (Math.abs(name.length - q.length) > limit) return;
    const dist = editDistance(q, name);
    if (dist <= limit) scored.push({ name, dist, index });
  });
  scored.sort((x, y) => x.dist - y.dist || x.index - y.index);
  return scored.slice(0, max).map((s) => s.name);
}
