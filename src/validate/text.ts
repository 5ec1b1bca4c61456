// Small wording helpers so every message reads the same way.

/** "1 lesson", "3 lessons". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 4 more" (at most `max` named). */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length === 0) return '';
  if (names.length <= max) {
    if (names.length === 1) return names[0];
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** "Did you mean …?" text, or undefined when there is nothing near. */
export function didYouMean(options: readonly string[]): string | undefined {
  if (options.length === 0) return undefined;
  return `Did you mean ${options.map((o) => `'${o}'`).join(' or ')}?`;
}

/** Joins 2–4 concrete fixes into one suggestion. */
export function fixes(...items: Array<string | false | undefined>): string {
  const list = items.filter((x): x is string => typeof x === 'string' && x.length > 0);
  return list.map((x, i) => (list.length > 1 ? `(${i + 1}) ${x}` : x)).join('; ');
}
