import { editDistance } from './suggest';

// Sheet, column, setting and criterion names match case-insensitively, ignoring spaces, hyphens
// and underscores (SCHEMA.md › Names). '*' is ignored too: people copy 'ID*' from the docs.
export function normName(name: string): string {
  return name.toLowerCase().replace(/[\s\-_*]+/g, '');
}

/**
 * A likely misspelling of a known name (compared normalised): stricter than `nearest`, because a
 * user's own column or sheet ('Notes') must not be taken for one of ours ('Votes').
 */
export function misspelling(name: string, known: ReadonlyMap<string, string>, minLength = 4): string | undefined {
  const n = normName(name);
  if (n.length < minLength || n.length > 60) return undefined;
  let best: string | undefined;
  let bestDist = Infinity;
  for (const [k, canonical] of known) {
    const limit = Math.max(1, Math.floor(Math.max(n.length, k.length) / 4));
    if (Math.abs(k.length - n.length) > limit) continue;
    const d = editDistance(n, k);
    if (d <= limit && d < bestDist) {
      best = canonical;
      bestDist = d;
    }
  }
  return best;
}
