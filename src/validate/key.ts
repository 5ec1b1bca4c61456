// idKey (src/schema/ids) memoised: validation compares the same few thousand IDs many times, and
// a map lookup is cheaper than trimming, collapsing and lower-casing each time. A pure function's
// cache, bounded so a huge workbook cannot grow it without end.
import { idKey as rawKey } from '../schema/ids';

const cache = new Map<string, string>();
const LIMIT = 100_000;

export function idKey(id: string): string {
  let k = cache.get(id);
  if (k === undefined) {
    k = rawKey(id);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(id, k);
  }
  return k;
}
